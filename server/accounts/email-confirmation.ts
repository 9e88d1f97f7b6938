import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, comments, emailConfirmations, users } from "@/db/schema";
import { EMAIL_CONFIRMATION_TTL_HOURS } from "@/lib/limits";
import { logger } from "@/lib/log";
import { checkCurrentPassword } from "@/server/accounts/account";
import { reserveMailLink } from "@/server/accounts/rate-limit";
import type { CurrentUser } from "@/server/accounts/session";
import { decideCommentStatus } from "@/server/comments/comment-rules";
import { conflict, invalid, rateLimited } from "@/server/http/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { siteLink } from "@/server/site/mail";
import { getModerationSettings } from "@/server/site/settings";

// Address confirmation: a sign-up's address, or a new address for an account (which replaces the
// old one only once confirmed). Until an account's address is confirmed (users.email_verified),
// its first comment is kept as "unconfirmed" (server/comments/comment-writes.ts); confirming
// publishes or holds it by the normal rules. Signing in by emailed link, OAuth or a password
// reset link proves the address as well (markEmailConfirmed).

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

// Only the hash is stored: a copy of the table confirms nothing.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Writes a single-use link for `email` and its mail, in the caller's transaction. */
export async function queueEmailConfirmation(tx: Tx, userId: string, email: string): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.now() + EMAIL_CONFIRMATION_TTL_HOURS * 3_600_000);
  await tx.insert(emailConfirmations).values({ tokenHash, userId, email, expiresAt });
  await enqueueMail(tx, {
    kind: "confirm-email",
    eventKey: `confirm-email:${tokenHash}`,
    to: email,
    data: { url: siteLink(`/signup/confirm?token=${token}`) },
  });
}

/** Whether the link can still be used (the page says so before offering its button). */
export async function isConfirmationUsable(token: string): Promise<boolean> {
  const n = await db.$count(
    emailConfirmations,
    and(
      eq(emailConfirmations.tokenHash, hashToken(token)),
      isNull(emailConfirmations.usedAt),
      gt(emailConfirmations.expiresAt, sql`now()`),
    ),
  );
  return n > 0;
}

/**
 * Uses up the link (and every other open one of the account), makes its address the account's
 * confirmed one and releases the comments kept for it, all in one transaction.
 */
export async function confirmEmail(token: string): Promise<{ changed: boolean }> {
  const tokenHash = hashToken(token);
  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(emailConfirmations)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(emailConfirmations.tokenHash, tokenHash),
          isNull(emailConfirmations.usedAt),
          gt(emailConfirmations.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: emailConfirmations.userId, email: emailConfirmations.email });
    if (!link) throw invalid("errors.confirmLinkInvalid", "email confirmation with an unknown, used or expired link");
    const [user] = await tx
      .select({ email: users.email, bannedAt: users.bannedAt })
      .from(users)
      .where(eq(users.id, link.userId))
      .for("update");
    if (!user || user.bannedAt)
      throw invalid("errors.confirmLinkInvalid", `email confirmation for banned ${link.userId}`);
    const changed = user.email !== link.email;
    if (changed) {
      const taken = await tx.$count(users, and(eq(users.email, link.email), ne(users.id, link.userId)));
      if (taken) throw conflict("errors.emailTaken", `${link.email} belongs to another account meanwhile`);
    }
    await tx
      .update(users)
      .set({ email: link.email, emailVerified: changed ? sql`now()` : sql`coalesce(${users.emailVerified}, now())` })
      .where(eq(users.id, link.userId));
    await tx
      .update(emailConfirmations)
      .set({ usedAt: sql`now()` })
      .where(and(eq(emailConfirmations.userId, link.userId), isNull(emailConfirmations.usedAt)));
    await releaseUnconfirmedComments(tx, link.userId);
    return { changed };
  });
}

/** The address was proven another way (emailed sign-in link, OAuth, reset link): confirm it and release kept comments. */
export async function markEmailConfirmed(userId: string, tx?: Tx): Promise<void> {
  const run = async (t: Tx) => {
    const [row] = await t
      .update(users)
      .set({ emailVerified: sql`coalesce(${users.emailVerified}, now())` })
      .where(and(eq(users.id, userId), isNull(users.bannedAt)))
      .returning({ id: users.id });
    if (row) await releaseUnconfirmedComments(t, userId);
  };
  await (tx ? run(tx) : db.transaction(run));
}

/**
 * A new address for the caller's account: mailed a confirmation link; the account keeps its
 * address until the link is used. An address that belongs to another account gets the same
 * answer and no mail, so the form does not reveal which addresses have accounts.
 */
export async function requestEmailChange(
  user: CurrentUser,
  input: { email: string; password: string },
  address: string,
): Promise<void> {
  const blocked = await reserveMailLink("confirm", input.email, address);
  if (blocked !== null)
    throw rateLimited("errors.tooManyMailLinks", blocked, `email change to ${input.email} from ${address}`);
  await checkCurrentPassword(user, input.password);
  if (input.email === user.email)
    throw invalid("errors.emailUnchanged", `email change of ${user.id} to the same address`);
  const taken = await db.$count(users, eq(users.email, input.email));
  if (taken) {
    logger.info({ where: "email-change", address }, "email change to an address with an account: no mail");
    return;
  }
  await db.transaction((tx) => queueEmailConfirmation(tx, user.id, input.email));
}

/** A fresh link for the caller's own, still unconfirmed address. */
export async function resendEmailConfirmation(user: CurrentUser, address: string): Promise<void> {
  if (!user.email) throw invalid("errors.emailUnchanged", `${user.id} has no address to confirm`);
  const blocked = await reserveMailLink("confirm", user.email, address);
  if (blocked !== null) throw rateLimited("errors.tooManyMailLinks", blocked, `confirmation for ${user.id}`);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ verified: users.emailVerified })
      .from(users)
      .where(eq(users.id, user.id))
      .for("update");
    if (row?.verified) return; // confirmed meanwhile: nothing to send
    await queueEmailConfirmation(tx, user.id, user.email!);
  });
}

/**
 * Publishes or holds the comments kept for confirmation, by the rules a new comment meets
 * (server/comments/comment-rules.ts). The comments trigger publishes their purge keys and the
 * moderation-alert and reply-mail triggers fire as for any comment that is held or published.
 */
async function releaseUnconfirmedComments(tx: Tx, userId: string): Promise<void> {
  const kept = await tx
    .select({ id: comments.id, body: comments.body, articleAuthorId: articles.authorId, role: users.role })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.authorId, userId), eq(comments.status, "unconfirmed"), isNull(comments.deletedAt)))
    .orderBy(comments.id)
    .for("update", { of: comments });
  if (!kept.length) return;
  const settings = await getModerationSettings();
  let hasApprovedComment =
    (await tx.$count(comments, and(eq(comments.authorId, userId), eq(comments.status, "approved")))) > 0;
  for (const comment of kept) {
    const trusted = comment.role === "admin" || comment.articleAuthorId === userId;
    const status = decideCommentStatus({ body: comment.body, trusted, hasApprovedComment }, settings);
    await tx.update(comments).set({ status, updatedAt: new Date() }).where(eq(comments.id, comment.id));
    hasApprovedComment ||= status === "approved";
  }
}

/** Whether the account's address is confirmed (/account says so and offers a new link). */
export async function isEmailConfirmed(userId: string): Promise<boolean> {
  const [row] = await db.select({ verified: users.emailVerified }).from(users).where(eq(users.id, userId));
  return Boolean(row?.verified);
}
