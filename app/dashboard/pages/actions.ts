"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ArticleFormState } from "@/components/editor/article-form";
import { BODY_MAX_LENGTH } from "@/lib/article-schema";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { PAGE_FIELD_ERRORS, PAGE_FIELDS, pageFormSchema } from "@/lib/page-schema";
import { defineAction } from "@/server/http/action";
import { createPage, deletePage, restorePageRevision, unpublishPage, updatePage } from "@/server/pages/page-writes";

// Public POST endpoints: defineAction lets only admins in, and server/pages/page-writes.ts checks
// again for whatever id a replayed post carries.
const idOf = (value: unknown) => z.coerce.number().int().positive().parse(value);

export const createPageAction = defineAction({
  name: "create-page",
  schema: pageFormSchema,
  access: ["admin"],
  keep: [...PAGE_FIELDS],
  keepMaxLength: BODY_MAX_LENGTH,
  fieldErrors: PAGE_FIELD_ERRORS,
  async run(input, { user, values }): Promise<ArticleFormState | void> {
    if (input.intent === "preview") return { values, preview: renderMarkdown(input.body) };
    const { id } = await createPage(user, input);
    redirect(`/dashboard/pages/${id}/edit?saved=1`);
  },
});

export const updatePageAction = defineAction({
  name: "update-page",
  schema: pageFormSchema,
  access: ["admin"],
  keep: [...PAGE_FIELDS],
  keepMaxLength: BODY_MAX_LENGTH,
  fieldErrors: PAGE_FIELD_ERRORS,
  async run(input, { user, values }, id: unknown): Promise<ArticleFormState | void> {
    if (input.intent === "preview") return { values, preview: renderMarkdown(input.body) };
    const pageId = idOf(id);
    await updatePage(user, pageId, input);
    revalidatePath(`/dashboard/pages/${pageId}/edit`);
    return { ok: true, message: t("pages.saved") };
  },
});

export const unpublishPageAction = defineAction({
  name: "unpublish-page",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user }, id: unknown) {
    const pageId = idOf(id);
    await unpublishPage(user, pageId);
    redirect(`/dashboard/pages/${pageId}/edit?unpublished=1`);
  },
});

export const deletePageAction = defineAction({
  name: "delete-page",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user }, id: unknown) {
    await deletePage(user, idOf(id));
    revalidatePath("/dashboard/pages");
    redirect("/dashboard/pages?deleted=1");
  },
});

export const restorePageRevisionAction = defineAction({
  name: "restore-page-revision",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user }, id: unknown, revisionId: unknown) {
    const pageId = idOf(id);
    await restorePageRevision(user, pageId, idOf(revisionId));
    redirect(`/dashboard/pages/${pageId}/edit?restored=1`);
  },
});
