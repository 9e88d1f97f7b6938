import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, comments, type CommentStatus } from "@/db/schema";
import { logActivity } from "@/server/activity/activity-log";
import { validateCommentBody } from "@/lib/comment-validation";
import { OWN_COMMENT_EDIT_MINUTES, OWN_COMMENT_EDIT_WINDOW_MS } from "@/lib/limits";
import { decideCommentStatus } from "@/server/comments/comment-rules";
import { type Commenter, refused } from "@/server/comments/comment-writes";
import { getModerationSettings } from "@/server/site/settings";

// A commenter's own edits and deletions of a posted comment (posting is in comment-writes.ts).

/** The commenter may correct their text for a short while; the old text goes to the audit log. */
export async function editOwnComment(
  user: Commenter,
  commentId: number,
  rawBody: string,
): Promise<{ id: number; articleId: number; status: CommentStatus }> {
  const checked = validateCommentBody(rawBody);
  if (!checked.ok) throw refused(checked.error);
  const settings = await getModerationSettings();
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId)).for("update");
    if (!comment || comment.deletedAt) throw refused("not_found");
    if (comment.authorId !== user.id) throw refused("forbidden");
    if (Date.now() - comment.createdAt.getTime() > OWN_COMMENT_EDIT_WINDOW_MS)
      throw refused("edit_window_over", { minutes: OWN_COMMENT_EDIT_MINUTES });
    if (comment.body === checked.body) return { id: comment.id, articleId: comment.articleId, status: comment.status };

    const [article] = await tx
      .select({ authorId: articles.authorId })
      .from(articles)
      .where(eq(articles.id, comment.articleId));
    const trusted = user.role === "admin" || article?.authorId === user.id;
    // An edit must not smuggle links or listed words past moderation: re-check, never promote.
    const verdict = decideCommentStatus({ body: checked.body, trusted, hasApprovedComment: true }, settings);
    // A comment kept for address confirmation stays kept: confirming applies the rules to it.
    const status: CommentStatus = comment.status === "unconfirmed" || verdict === "approved" ? comment.status : verdict;
    const now = new Date();
    await tx
      .update(comments)
      .set({ body: checked.body, status, editedAt: now, updatedAt: now })
      .where(eq(comments.id, comment.id));
    await logActivity(tx, {
      subject: { type: "comment", id: comment.id },
      commentId: comment.id,
      actorId: user.id,
      action: "edit_own",
      fromStatus: comment.status,
      toStatus: status,
      oldBody: comment.body,
    });
    return { id: comment.id, articleId: comment.articleId, status };
  });
}

/** Removes the text but keeps the comment's place, so replies stay in their thread. */
export async function deleteOwnComment(user: Commenter, commentId: number): Promise<{ id: number; articleId: number }> {
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId)).for("update");
    if (!comment || comment.deletedAt) throw refused("not_found");
    if (comment.authorId !== user.id) throw refused("forbidden");
    const now = new Date();
    await tx.update(comments).set({ body: "", deletedAt: now, updatedAt: now }).where(eq(comments.id, comment.id));
    await logActivity(tx, {
      subject: { type: "comment", id: comment.id },
      commentId: comment.id,
      actorId: user.id,
      action: "delete_own",
      fromStatus: comment.status,
      toStatus: comment.status,
      oldBody: comment.body,
    });
    return { id: comment.id, articleId: comment.articleId };
  });
}
