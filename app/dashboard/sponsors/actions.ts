"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { t } from "@/lib/i18n";
import { SPONSOR_FIELDS, sponsorSchema } from "@/lib/sponsor-schema";
import { defineAction } from "@/server/http/action";
import { createSponsor, deleteSponsor, updateSponsor } from "@/server/site/sponsor-admin";

// Admins only: defineAction checks the role on every call, server/site/sponsor-admin.ts again.
const idOf = (value: unknown) => z.coerce.number().int().positive().parse(value);

export const createSponsorAction = defineAction({
  name: "create-sponsor",
  schema: sponsorSchema,
  access: ["admin"],
  keep: SPONSOR_FIELDS,
  async run(input, { user }) {
    await createSponsor(user, input);
    revalidatePath("/dashboard/sponsors");
    return { ok: true, message: t("sponsorAdmin.created") };
  },
});

export const updateSponsorAction = defineAction({
  name: "update-sponsor",
  schema: sponsorSchema,
  access: ["admin"],
  keep: SPONSOR_FIELDS,
  async run(input, { user }, id: unknown) {
    await updateSponsor(user, idOf(id), input);
    revalidatePath("/dashboard/sponsors");
    return { ok: true, message: t("sponsorAdmin.saved") };
  },
});

export const deleteSponsorAction = defineAction({
  name: "delete-sponsor",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user }, id: unknown) {
    await deleteSponsor(user, idOf(id));
    revalidatePath("/dashboard/sponsors");
    return { ok: true, message: t("sponsorAdmin.deleted") };
  },
});
