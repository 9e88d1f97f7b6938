import "server-only";
import { db } from "@/db/client";
import { moderationEvents, type CommentStatus } from "@/db/schema";

// The one writer of the activity log. Every caller passes its own transaction, so a change and
// its log row commit together, and a change that fails or is refused leaves no row.

export type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** Comment moderation keeps its historic names (the per-comment history shows them too). */
export const COMMENT_ACTIONS = [
  "approve",
  "unapprove",
  "spam",
  "not_spam",
  "trash",
  "restore",
  "delete",
  "edit",
  "edit_own",
  "delete_own",
  "dismiss",
] as const;

export const ACTIVITY_ACTIONS = [
  ...COMMENT_ACTIONS,
  "article.publish",
  "article.schedule",
  "article.unpublish",
  "article.trash",
  "article.restore",
  "article.delete",
  "page.publish",
  "page.unpublish",
  "page.delete",
  "user.role",
  "user.ban",
  "user.unban",
  "user.delete",
  "settings.moderation",
  "settings.sharing",
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export type SubjectType = "comment" | "article" | "page" | "user" | "settings";

export type ActivityEntry = {
  /** Null: the system, or a user who deleted their own account. */
  actorId: string | null;
  action: ActivityAction;
  subject: { type: SubjectType; id: string | number | null; label?: string | null };
  note?: string | null;
  /** Comment moderation only: what the per-comment history shows. */
  commentId?: number | null;
  fromStatus?: CommentStatus | null;
  toStatus?: CommentStatus | null;
  oldBody?: string | null;
};

export async function logActivity(tx: Tx, entries: ActivityEntry | ActivityEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(moderationEvents).values(
    list.map((e) => ({
      actorId: e.actorId,
      action: e.action,
      subjectType: e.subject.type,
      subjectId: e.subject.id === null ? null : String(e.subject.id),
      subjectLabel: e.subject.label ?? null,
      note: e.note ?? null,
      commentId: e.commentId ?? null,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      oldBody: e.oldBody ?? null,
    })),
  );
}
