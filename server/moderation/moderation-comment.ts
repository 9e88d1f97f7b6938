import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { BAN_REASON_MAX_LENGTH } from "@/lib/limits";
import { forbidden, invalid, notFound } from "@/server/http/errors";
import { comments, users } from "@/db/schema";
import { logActivity } from "@/server/activity/activity-log";
import {
  getCommentForModeration,
  selectCommentRows,
  type Moderator,
  type QueueRow,
} from "@/server/moderation/moderation";

// One comment as the dashboard's detail page shows it, and banning its author.

export type CommentDetail = Omit<QueueRow, "author" | "article"> & {
  author: QueueRow["author"] & { banned: boolean };
  article: QueueRow["article"] & { commentsOpen: boolean };
};

/** The comment for its moderator (404, then 403). Emails for admins only. */
export async function getCommentDetail(mod: Moderator, id: number): Promise<CommentDetail> {
  await getCommentForModeration(mod, id);
  const [r] = await selectCommentRows().where(eq(comments.id, id));
  if (!r) throw notFound(`comment ${id}`);
  return {
    id: r.id,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    deleted: r.deletedAt !== null,
    author: {
      id: r.authorId,
      name: r.authorName,
      email: mod.role === "admin" ? r.authorEmail : null,
      banned: r.authorBannedAt !== null,
      approvedCount: r.approvedCount,
    },
    article: { id: r.articleId, title: r.articleTitle, slug: r.articleSlug, commentsOpen: r.commentsOpen },
    parent: r.parentId ? { id: r.parentId, authorName: r.parentAuthorName, body: r.parentBody ?? "" } : null,
    reportCount: r.reportCount,
  };
}

export type BanResult = { userId: string; spammed: number[]; articleIds: number[] };

/**
 * Admins only: bans the author of a comment (ending their sessions) and, with `spamPending`,
 * sends every pending comment of theirs to spam — one transaction, an audit row per change.
 */
export async function banCommenter(
  admin: Moderator,
  commentId: number,
  reason: string,
  spamPending: boolean,
): Promise<BanResult> {
  const note = reason.trim().slice(0, BAN_REASON_MAX_LENGTH);
  if (!note) throw invalid("dash.error.reasonRequired");
  return db.transaction(async (tx) => {
    const [comment] = await tx.select({ authorId: comments.authorId }).from(comments).where(eq(comments.id, commentId));
    if (!comment) throw notFound(`comment ${commentId}`);
    if (admin.role !== "admin") throw forbidden();
    if (!comment.authorId) throw notFound("comment without an account");
    if (comment.authorId === admin.id) throw invalid("dash.error.banSelf");
    const userId = comment.authorId;
    const [target] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!target) throw notFound(`user ${userId}`);
    await tx
      .update(users)
      .set({ bannedAt: new Date(), banReason: note, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
    // commentId too: the ban shows in the history of the comment it was made from.
    await logActivity(tx, {
      actorId: admin.id,
      action: "user.ban",
      subject: { type: "user", id: userId, label: target.name ?? target.email },
      commentId,
      note,
    });
    if (!spamPending) return { userId, spammed: [], articleIds: [] };
    const spammed = await tx
      .update(comments)
      .set({ status: "spam", updatedAt: new Date() })
      .where(and(eq(comments.authorId, userId), eq(comments.status, "pending")))
      .returning({ id: comments.id, articleId: comments.articleId });
    // UPDATE … RETURNING comes in whatever order the plan read the rows: audit rows go in id order.
    spammed.sort((a, b) => a.id - b.id);
    if (spammed.length > 0) {
      await logActivity(
        tx,
        spammed.map((c) => ({
          actorId: admin.id,
          action: "spam" as const,
          subject: { type: "comment" as const, id: c.id },
          commentId: c.id,
          fromStatus: "pending" as const,
          toStatus: "spam" as const,
          note: "ban",
        })),
      );
    }
    return { userId, spammed: spammed.map((c) => c.id), articleIds: [...new Set(spammed.map((c) => c.articleId))] };
  });
}
