import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, commentLikes, comments, isPubliclyVisible } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { notFound } from "@/server/http/errors";

export type LikeResult = { liked: boolean; likeCount: number; articleId: number };

/**
 * Likes a visible comment for a signed-in reader, or takes the like back ("Gefällt mir" is a
 * toggle). The primary key (comment, user) allows one like per reader whatever races; the
 * comment's row lock orders one reader's double clicks. The shown count is on cached
 * pages: the article's comments key is published in the same transaction, as the triggers do.
 */
export async function toggleLike(userId: string, commentId: number): Promise<LikeResult> {
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ articleId: comments.articleId })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(
        and(eq(comments.id, commentId), eq(comments.status, "approved"), isNull(comments.deletedAt), isPubliclyVisible),
      )
      .for("update", { of: comments });
    if (!comment) throw notFound(`comment ${commentId}`);
    const added = await tx
      .insert(commentLikes)
      .values({ commentId, userId })
      .onConflictDoNothing()
      .returning({ userId: commentLikes.userId });
    const liked = added.length > 0;
    if (!liked) {
      await tx.delete(commentLikes).where(and(eq(commentLikes.commentId, commentId), eq(commentLikes.userId, userId)));
    }
    // comments.like_count is kept by a trigger (db/migrations/0016).
    const [{ likeCount }] = await tx
      .select({ likeCount: comments.likeCount })
      .from(comments)
      .where(eq(comments.id, commentId));
    await tx.execute(sql`select blattwerk_publish(array[${cacheKey.comments(comment.articleId)}]::text[])`);
    return { liked, likeCount, articleId: comment.articleId };
  });
}
