"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ArticleFormState } from "@/components/editor/article-form";
import { ARTICLE_FIELD_ERRORS, ARTICLE_FIELDS, articleFormSchema, BODY_MAX_LENGTH } from "@/lib/article-schema";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { defineAction } from "@/server/http/action";
import { unpublishArticle, updateArticle } from "@/server/articles/article-writes";
import { restoreRevision } from "@/server/articles/revisions";
import { deleteArticlePermanently, restoreArticle, trashArticle } from "@/server/articles/article-trash";

// Ids arrive bound from the page (`.bind(null, id)`), but a replayed post can carry any:
// server/articles/article-writes.ts checks ownership of whatever id comes in.
const idOf = (value: unknown) => z.coerce.number().int().positive().parse(value);

export const updateArticleAction = defineAction({
  name: "update-article",
  schema: articleFormSchema,
  access: ["author", "admin"],
  keep: [...ARTICLE_FIELDS],
  keepMaxLength: BODY_MAX_LENGTH,
  fieldErrors: ARTICLE_FIELD_ERRORS,
  async run(input, { user, values }, id: unknown): Promise<ArticleFormState | void> {
    if (input.intent === "preview") return { values, preview: renderMarkdown(input.body) };
    const articleId = idOf(id);
    await updateArticle(user, articleId, input);
    revalidatePath(`/dashboard/articles/${articleId}/edit`);
    return { ok: true, message: t("editor.saved") };
  },
});

export const unpublishArticleAction = defineAction({
  name: "unpublish-article",
  schema: z.object({}),
  access: ["author", "admin"],
  async run(_input, { user }, id: unknown) {
    const articleId = idOf(id);
    await unpublishArticle(user, articleId);
    revalidatePath(`/dashboard/articles/${articleId}/edit`);
    redirect(`/dashboard/articles/${articleId}/edit?unpublished=1`);
  },
});

export const restoreRevisionAction = defineAction({
  name: "restore-revision",
  schema: z.object({}),
  access: ["author", "admin"],
  async run(_input, { user }, id: unknown, revisionId: unknown) {
    const articleId = idOf(id);
    await restoreRevision(user, articleId, idOf(revisionId));
    revalidatePath(`/dashboard/articles/${articleId}/edit`);
    redirect(`/dashboard/articles/${articleId}/edit?restored=1`);
  },
});

export const trashArticleAction = defineAction({
  name: "trash-article",
  schema: z.object({}),
  access: ["author", "admin"],
  async run(_input, { user }, id: unknown) {
    const articleId = idOf(id);
    await trashArticle(user, articleId);
    redirect(`/dashboard/articles/${articleId}/edit?trashed=1`);
  },
});

export const restoreArticleAction = defineAction({
  name: "restore-article",
  schema: z.object({}),
  access: ["author", "admin"],
  async run(_input, { user }, id: unknown) {
    const articleId = idOf(id);
    await restoreArticle(user, articleId);
    redirect(`/dashboard/articles/${articleId}/edit?untrashed=1`);
  },
});

// Admins only; server/articles/article-trash.ts checks again and accepts only trashed articles.
export const deleteArticleAction = defineAction({
  name: "delete-article",
  schema: z.object({}),
  access: ["admin"],
  async run(_input, { user }, id: unknown) {
    await deleteArticlePermanently(user, idOf(id));
    revalidatePath("/dashboard/articles");
    redirect("/dashboard/articles?deleted=1");
  },
});
