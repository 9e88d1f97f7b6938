import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { logger } from "@/lib/log";
import { forbidden, invalid, rateLimited } from "@/server/http/errors";
import { sendSignUpAttemptNotice } from "@/server/site/mail";
import { hashPassword, verifyPassword } from "@/server/accounts/passwords";
import { reserveSignInAttempt, reserveSignUp } from "@/server/accounts/rate-limit";
import { queueEmailConfirmation } from "@/server/accounts/email-confirmation";

// What a session is built from. Never the password hash.
export type SessionUser = { id: string; name: string | null; email: string; role: Role; sessionVersion: number };

/**
 * Creates a reader account. `email` must already be normalised (lib/email.ts). An address
 * that has an account already gets the same answer after the same work (the password is
 * hashed either way), so sign-up cannot tell anyone which addresses have accounts; the owner
 * is told by email instead, when mail is configured. A new account is mailed a link to confirm
 * its address (it can read at once; its first comment waits for the confirmation). `created`
 * is for tests and logs only.
 */
export async function registerUser(
  input: { name: string; email: string; password: string },
  address: string,
): Promise<{ created: boolean }> {
  const blockedMinutes = await reserveSignUp(address);
  if (blockedMinutes !== null) throw rateLimited("errors.tooManySignUps", blockedMinutes, `sign-up from ${address}`);
  const passwordHash = await hashPassword(input.password);
  // The account and its confirmation link in one transaction: no account without its mail.
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, role: "reader" })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (row) await queueEmailConfirmation(tx, row.id, input.email);
    return Boolean(row);
  });
  if (created) return { created: true };
  logger.info({ where: "sign-up", address }, "sign-up for an existing address, answered as for a new one");
  // One insert into the outbox: about as long as a new account's. A banned account is sent nothing.
  const [existing] = await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.email, input.email));
  if (!existing?.bannedAt) await sendSignUpAttemptNotice(input.email);
  return { created: false };
}

/**
 * Checks email and password under the rate limits. An unknown email and a wrong password
 * fail alike (same message, same work); a ban is only revealed to whoever knows the password.
 */
export async function authenticateWithPassword(email: string, password: string, address: string): Promise<SessionUser> {
  const reservation = await reserveSignInAttempt(email, address);
  if (reservation.blockedMinutes !== null) {
    throw rateLimited("errors.tooManyAttempts", reservation.blockedMinutes, `sign-in for ${email} from ${address}`);
  }
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!user || !ok) throw invalid("errors.invalidCredentials", `failed sign-in for ${email} from ${address}`);
  await reservation.succeeded();
  if (user.bannedAt) throw forbidden("errors.banned", `banned user ${user.id} tried to sign in`);
  return { id: user.id, name: user.name, email: user.email!, role: user.role, sessionVersion: user.sessionVersion };
}

/** Magic links are for existing, unbanned accounts only: they never create one. */
export async function mayUseMagicLink(email: string): Promise<boolean> {
  const [user] = await db.select({ bannedAt: users.bannedAt }).from(users).where(eq(users.email, email));
  return Boolean(user && !user.bannedAt);
}

/** The state a new session token starts from (for OAuth and magic-link sign-ins, whose user comes from the adapter). */
export async function getSessionUser(id: string): Promise<(SessionUser & { banned: boolean }) | null> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      sessionVersion: users.sessionVersion,
      bannedAt: users.bannedAt,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? "",
    role: user.role,
    sessionVersion: user.sessionVersion,
    banned: user.bannedAt !== null,
  };
}

export async function getSessionUserByEmail(email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row ? getSessionUser(row.id) : null;
}

/** Ends every session of the user: tokens carry the version they were issued with. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}
