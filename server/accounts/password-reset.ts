import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { passwordResetTokens, users } from "@/db/schema";
import { logger } from "@/lib/log";
import { hashPassword } from "@/server/accounts/passwords";
import { markEmailConfirmed } from "@/server/accounts/email-confirmation";
import { reserveMailLink } from "@/server/accounts/rate-limit";
import { invalid, rateLimited } from "@/server/http/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { siteLink } from "@/server/site/mail";

export const RESET_LINK_TTL_MS = 60 * 60_000;

// Only the hash is stored: a copy of the table does not let anyone reset a password.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * "Passwort vergessen": mails a single-use link valid for an hour, when the address has an
 * unbanned account. The caller answers the same either way; the rate limits count every
 * request, known address or not, so they reveal nothing either.
 */
export async function requestPasswordReset(email: string, address: string): Promise<void> {
  const blocked = await reserveMailLink("reset", email, address);
  if (blocked !== null)
    throw rateLimited("errors.tooManyMailLinks", blocked, `password reset for ${email} from ${address}`);
  const [user] = await db.select({ id: users.id, bannedAt: users.bannedAt }).from(users).where(eq(users.email, email));
  if (!user || user.bannedAt) {
    logger.info({ where: "password-reset", address }, "reset requested for an unknown or banned address: no mail");
    return;
  }
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  await db.transaction(async (tx) => {
    await tx
      .insert(passwordResetTokens)
      .values({ tokenHash, userId: user.id, expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS) });
    await enqueueMail(tx, {
      kind: "password-reset",
      eventKey: `password-reset:${tokenHash}`,
      to: email,
      data: { url: siteLink(`/signin/reset?token=${token}`) },
    });
  });
}

/** Whether the link can still be used (the page says so before asking for a password). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const n = await db.$count(
    passwordResetTokens,
    and(
      eq(passwordResetTokens.tokenHash, hashToken(token)),
      isNull(passwordResetTokens.usedAt),
      gt(passwordResetTokens.expiresAt, sql`now()`),
    ),
  );
  return n > 0;
}

/**
 * Sets the new password, uses up the link (and every other open link of the account), ends
 * every session (session version) and tells the owner by mail, all in one transaction.
 */
export async function resetPassword(token: string, password: string): Promise<void> {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [link] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!link) throw invalid("errors.resetLinkInvalid", "password reset with an unknown, used or expired link");
    const [user] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, link.userId), isNull(users.bannedAt)))
      .returning({ email: users.email });
    if (!user?.email) throw invalid("errors.resetLinkInvalid", `password reset for banned user ${link.userId}`);
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResetTokens.userId, link.userId), isNull(passwordResetTokens.usedAt)));
    // The link reached the address: it is confirmed now, and comments kept for that are released.
    await markEmailConfirmed(link.userId, tx);
    await enqueueMail(tx, {
      kind: "password-changed",
      eventKey: `password-changed:${tokenHash}`,
      to: user.email,
      data: { url: siteLink("/signin") },
    });
  });
}
