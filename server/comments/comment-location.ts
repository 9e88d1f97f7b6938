import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, comments, isPubliclyVisible } from "@/db/schema";
import { pageHref } from "@/lib/pagination";
import { findCommentPage } from "@/server/comments/comments";

/** Where a comment is shown: its article's path, and the URL of the comment in place (comment page of its thread, anchor). */
export async function commentLocation(
  articleId: number,
  commentId: number,
  viewerId: string | null,
): Promise<{ path: string; url: string }> {
  const [[article], page] = await Promise.all([
    db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)),
    findCommentPage(articleId, commentId, viewerId),
  ]);
  const path = `/posts/${article.slug}`;
  return { path, url: pageHref(path, page, "comments", `#comment-${commentId}`) };
}

/** The article of an approved, undeleted comment on a visible article, or null. */
export async function findVisibleCommentArticle(commentId: number): Promise<number | null> {
  const [row] = await db
    .select({ articleId: comments.articleId })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(
      and(eq(comments.id, commentId), eq(comments.status, "approved"), isNull(comments.deletedAt), isPubliclyVisible),
    );
  return row?.articleId ?? null;
}
