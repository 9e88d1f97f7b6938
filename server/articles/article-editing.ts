import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleTags, categories, tags, users, type ArticleStatus } from "@/db/schema";
import type { Tx } from "@/server/activity/activity-log";
import type { CurrentUser } from "@/server/accounts/session";
import { loadOwnedArticle } from "./article-access";

// What the editor shows: an article as its form needs it, and the category choices.

export type EditableArticle = {
  id: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: number;
  tags: string;
  coverImage: string | null;
  commentsOpen: boolean;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Who saved the current version. */
  updatedByName: string | null;
};

export type CategoryOption = { id: number; name: string };

export async function tagNamesOf(tx: Tx | typeof db, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}

export async function getArticleForEditing(user: CurrentUser, id: number): Promise<EditableArticle> {
  const row = await loadOwnedArticle(db, user, id, false);
  const [saver] = await db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, row.updatedBy ?? row.authorId));
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    body: row.body,
    categoryId: row.categoryId,
    tags: (await tagNamesOf(db, id)).join(", "),
    coverImage: row.coverImage,
    commentsOpen: row.commentsOpen,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    updatedByName: saver?.name ?? null,
  };
}

export async function listCategoryOptions(): Promise<CategoryOption[]> {
  return db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}
