"use server";
import { redirect } from "next/navigation";
import type { ArticleFormState } from "@/components/editor/article-form";
import { ARTICLE_FIELD_ERRORS, ARTICLE_FIELDS, articleFormSchema, BODY_MAX_LENGTH } from "@/lib/article-schema";
import { renderMarkdown } from "@/lib/markdown";
import { defineAction } from "@/server/http/action";
import { createArticle } from "@/server/articles/article-writes";

// A public POST endpoint like every action: defineAction lets only authors and admins in, and
// server/articles/article-writes.ts checks again before writing.
export const createArticleAction = defineAction({
  name: "create-article",
  schema: articleFormSchema,
  access: ["author", "admin"],
  keep: [...ARTICLE_FIELDS],
  keepMaxLength: BODY_MAX_LENGTH,
  fieldErrors: ARTICLE_FIELD_ERRORS,
  async run(input, { user, values }): Promise<ArticleFormState | void> {
    if (input.intent === "preview") return { values, preview: renderMarkdown(input.body) };
    const { id } = await createArticle(user, input);
    redirect(`/dashboard/articles/${id}/edit?saved=1`);
  },
});
