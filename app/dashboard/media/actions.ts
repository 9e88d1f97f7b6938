"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { MEDIA_ALT_MAX_LENGTH, MEDIA_CAPTION_MAX_LENGTH } from "@/lib/limits";
import { t } from "@/lib/i18n";
import { defineAction } from "@/server/http/action";
import { notFound } from "@/server/http/errors";
import { deleteMediaImage, updateMediaText } from "@/server/media/library";

// Public POST endpoints: defineAction lets authors and admins in, server/media/library.ts checks
// that an author manages only her own uploads, for whatever id a replayed post carries.
const idOf = (value: unknown): string => {
  if (typeof value !== "string" || !/^[a-f0-9]{24}$/.test(value)) throw notFound(`media id ${String(value)}`);
  return value;
};

const textSchema = z.object({
  alt: z.string().trim().max(MEDIA_ALT_MAX_LENGTH, "mediaLibrary.errors.altTooLong"),
  caption: z.string().trim().max(MEDIA_CAPTION_MAX_LENGTH, "mediaLibrary.errors.captionTooLong"),
});

export const updateMediaTextAction = defineAction({
  name: "update-media-text",
  schema: textSchema,
  access: ["author", "admin"],
  keep: ["alt", "caption"],
  statusPages: true,
  async run(input, { user }, id: unknown) {
    await updateMediaText(user, idOf(id), input);
    revalidatePath("/dashboard/media");
    return { ok: true, message: t("mediaLibrary.saved"), values: { alt: input.alt, caption: input.caption } };
  },
});

export const deleteMediaAction = defineAction({
  name: "delete-media",
  schema: z.object({}),
  access: ["author", "admin"],
  statusPages: true,
  async run(_input, { user }, id: unknown) {
    await deleteMediaImage(user, idOf(id));
    // The image's row is gone with its form: the list says what happened.
    redirect("/dashboard/media?deleted=1");
  },
});
