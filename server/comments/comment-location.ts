import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articles } from "@/db/schema";
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
