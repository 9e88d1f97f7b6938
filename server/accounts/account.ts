import "server-only";
import { count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, articles, comments, users, type CommentStatus } from "@/db/schema";
import { logActivity } from "@/server/activity/activity-log";
import { forbidden, invalid } from "@/server/http/errors";
import { hashPassword, verifyPassword } from "@/server/accounts/passwords";
import { forgetSignInAttempts } from "@/server/accounts/rate-limit";
import type { CurrentUser } from "@/server/accounts/session";

// Self-service on one's own account. Every function takes the caller from requireUser().

export async function changeDisplayName(user: CurrentUser, name: string): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, user.id));
}

export async function checkCurrentPassword(user: CurrentUser, password: string): Promise<void> {
  if (!user.hasPassword) return; // accounts from OAuth or magic link have none yet
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
  if (!(await verifyPassword(row?.passwordHash, password)))
    throw invalid("errors.currentPasswordWrong", `wrong current password for ${user.id}`);
}

/** Sets a new password and bumps the session version: every session, this one included, ends. */
export async function changePassword(user: CurrentUser, currentPassword: string, newPassword: string): Promise<void> {
  await checkCurrentPassword(user, currentPassword);
  const passwordHash = await hashPassword(newPassword);
  await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, user.id));
}

export type OwnComment = {
  id: number;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  deleted: boolean;
  article: { slug: string; title: string };
};

export async function listOwnComments(user: CurrentUser, limit = 200): Promise<OwnComment[]> {
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      deletedAt: comments.deletedAt,
      slug: articles.slug,
      title: articles.title,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.authorId, user.id))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt,
    deleted: r.deletedAt !== null,
    article: { slug: r.slug, title: r.title },
  }));
}

/**
 * Deletes the account in one transaction. "keep": the comments stay, shown as "Gelöschter
 * Nutzer" (author_id null); "remove": they go too (replies to them stay, detached).
 * Authors of articles must hand them over first: articles need an author.
 */
export async function deleteAccount(
  user: CurrentUser,
  choice: { comments: "keep" | "remove"; password: string },
): Promise<void> {
  await checkCurrentPassword(user, choice.password);
  await db.transaction(async (tx) => {
    const [{ n }] = await tx.select({ n: count() }).from(articles).where(eq(articles.authorId, user.id));
    if (n > 0) throw forbidden("account.deleteHasArticles", `user ${user.id} has ${n} articles`);
    const affected =
      choice.comments === "remove"
        ? await tx.delete(comments).where(eq(comments.authorId, user.id)).returning({ id: comments.id })
        : await tx
            .update(comments)
            .set({ authorId: null })
            .where(eq(comments.authorId, user.id))
            .returning({ id: comments.id });
    if (user.email) await forgetSignInAttempts(user.email, tx);
    await tx.delete(users).where(eq(users.id, user.id)); // accounts and sessions cascade
    // No name kept: the account is gone at its owner's request (GDPR Art. 17).
    await logActivity(tx, {
      actorId: null,
      action: "user.delete",
      subject: { type: "user", id: user.id },
      note: `user ${user.id} deleted their account; ${affected.length} comments ${choice.comments === "remove" ? "removed" : "kept anonymously"}`,
    });
  });
}

/** Everything we store about the user (GDPR Art. 15/20) — never the password hash or tokens. */
export async function exportAccountData(user: CurrentUser) {
  const [profile] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      image: users.image,
      slug: users.slug,
      bio: users.bio,
      role: users.role,
      bannedAt: users.bannedAt,
      banReason: users.banReason,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, user.id));
  const linked = await db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, user.id));
  const ownComments = await db
    .select({
      id: comments.id,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      parentId: comments.parentId,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      updatedAt: comments.updatedAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.authorId, user.id))
    .orderBy(desc(comments.createdAt), desc(comments.id));
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...profile, hasPassword: user.hasPassword },
    signInProviders: linked.map((a) => a.provider),
    comments: ownComments,
  };
}
