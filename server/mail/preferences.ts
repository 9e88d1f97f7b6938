import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { comments, users } from "@/db/schema";
import type { CurrentUser } from "@/server/accounts/session";
import { verifyUnsubscribe } from "./unsubscribe-token";

export type ModerationAlerts = "off" | "instant" | "daily";
export type MailPreferences = {
  notifyRepliesDefault: boolean;
  moderationAlerts: ModerationAlerts;
  moderationAlertsAll: boolean;
};

export async function getMailPreferences(userId: string): Promise<MailPreferences> {
  const [row] = await db
    .select({
      notifyRepliesDefault: users.notifyRepliesDefault,
      moderationAlerts: users.moderationAlerts,
      moderationAlertsAll: users.moderationAlertsAll,
    })
    .from(users)
    .where(eq(users.id, userId));
  return {
    notifyRepliesDefault: row?.notifyRepliesDefault ?? false,
    moderationAlerts: (row?.moderationAlerts as ModerationAlerts | undefined) ?? "off",
    moderationAlertsAll: row?.moderationAlertsAll ?? false,
  };
}

export const MODERATION_ALERTS: ModerationAlerts[] = ["off", "instant", "daily"];

/**
 * The caller's default for "Bei Antworten benachrichtigen" on new comments and, for authors and
 * admins, the moderation alerts (the comments trigger and server/mail/digest.ts read them).
 * "Every article" is an admin's choice only; a reader's alert fields are ignored.
 */
export async function saveMailPreferences(
  user: CurrentUser,
  prefs: { notifyReplies: boolean; moderationAlerts?: ModerationAlerts; moderationAlertsAll?: boolean },
): Promise<void> {
  const moderates = user.role === "author" || user.role === "admin";
  await db
    .update(users)
    .set({
      notifyRepliesDefault: prefs.notifyReplies,
      ...(moderates && prefs.moderationAlerts ? { moderationAlerts: prefs.moderationAlerts } : {}),
      ...(user.role === "admin" ? { moderationAlertsAll: prefs.moderationAlertsAll ?? false } : {}),
    })
    .where(eq(users.id, user.id));
}

/** One-click unsubscribe (RFC 8058): no session, the signature is the proof. False when it does not match. */
export async function unsubscribeFromReplies(commentId: number, signature: string): Promise<boolean> {
  if (!Number.isSafeInteger(commentId) || commentId < 1 || !verifyUnsubscribe(commentId, signature)) return false;
  await db.update(comments).set({ notifyReplies: false }).where(eq(comments.id, commentId));
  return true;
}
