import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleRevisions, categories, users } from "@/db/schema";
import { loadOwnedArticle } from "@/server/articles/article-access";
import { updateArticle } from "@/server/articles/article-writes";
import { resolveSlug } from "@/server/revisions/slug-rules";
import { AppError, invalid, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";
import type { RevisionSummary } from "@/server/revisions/revisions";

// One earlier version of an article in full, and restoring it (listing and comparing: server/revisions/).

export type RevisionDetail = RevisionSummary & {
  slug: string;
  excerpt: string;
  body: string;
  categoryName: string | null;
  tags: string[];
  coverImage: string | null;
};

export async function getRevision(user: CurrentUser, articleId: number, revisionId: number): Promise<RevisionDetail> {
  await loadOwnedArticle(db, user, articleId, false);
  const [row] = await db
    .select({
      id: articleRevisions.id,
      title: articleRevisions.title,
      savedAt: articleRevisions.savedAt,
      savedBy: users.name,
      slug: articleRevisions.slug,
      excerpt: articleRevisions.excerpt,
      body: articleRevisions.body,
      categoryName: categories.name,
      tags: articleRevisions.tags,
      coverImage: articleRevisions.coverImage,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .leftJoin(categories, eq(categories.id, articleRevisions.categoryId))
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!row) throw notFound(`revision ${revisionId} of article ${articleId}`);
  return row;
}

/**
 * Restores an earlier version's content as a new save (so the version it replaces becomes a
 * revision, and restoring is undoable). Status and publication date stay as they are; a slug
 * taken by another article in the meantime, or a deleted category, keep the current one.
 */
export async function restoreRevision(
  user: CurrentUser,
  articleId: number,
  revisionId: number,
): Promise<{ id: number; slug: string }> {
  const current = await loadOwnedArticle(db, user, articleId, false);
  const [revision] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  if (!revision) throw notFound(`revision ${revisionId} of article ${articleId}`);
  let slug = revision.slug;
  try {
    await resolveSlug(db, "article", slug, revision.title, articleId);
  } catch (error) {
    if (!(error instanceof AppError) || error.kind !== "conflict") throw error;
    slug = current.slug;
  }
  const [category] = revision.categoryId
    ? await db.select({ id: categories.id }).from(categories).where(eq(categories.id, revision.categoryId))
    : [];
  if (current.status === "trash") throw invalid("trash.state", `restore revision of trashed article ${articleId}`);
  const status =
    current.status === "scheduled" && current.publishedAt && current.publishedAt <= new Date()
      ? "published"
      : current.status;
  return updateArticle(user, articleId, {
    title: revision.title,
    slug,
    excerpt: revision.excerpt,
    body: revision.body,
    categoryId: category?.id ?? current.categoryId,
    tags: revision.tags,
    coverImage: revision.coverImage ?? "",
    commentsOpen: revision.commentsOpen,
    status,
    scheduledFor: current.status === "scheduled" ? current.publishedAt : null,
  });
}
