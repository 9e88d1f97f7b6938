import "server-only";
import { and, desc, eq, gt, inArray, like, lt, not, notInArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authAttempts } from "@/db/schema";

// Attempts live in PostgreSQL (auth_attempts), so limits hold across restarts and across
// several app servers. A row is written *before* the password is checked and removed again
// on success: concurrent guesses see each other and cannot slip past the limit together.
type Limit = { kind: string; max: number; windowMs: number };

// Sign-in (SECURITY.md, "Credential stuffing and guessing"): an address gets 5 failures in 15
// minutes, whichever accounts they were for, so one address can never lock an account. Per
// account there is only a cap for guesses from many addresses at once, 10 addresses' worth; an
// address that signed in to the account before (SIGN_IN_KNOWN) is exempt from it, so the
// owner's usual devices keep working even then.
export const SIGN_IN_PER_ADDRESS: Limit = { kind: "sign_in_address", max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ACCOUNT: Limit = { kind: "sign_in_email", max: 50, windowMs: 15 * 60_000 };
const SIGN_IN_KNOWN = { kind: "sign_in_known", keepMs: 30 * 24 * 60 * 60_000 };
export const SIGN_UP_PER_ADDRESS: Limit = { kind: "sign_up_address", max: 5, windowMs: 60 * 60_000 };
// Mailed links (password reset, sign-in link): per client address and per recipient, so that
// neither one client nor many can flood a mailbox. Every request counts, known address or not.
export const MAIL_LINK_PER_ADDRESS = { max: 5, windowMs: 60 * 60_000 };
export const MAIL_LINK_PER_EMAIL = { max: 3, windowMs: 60 * 60_000 };
// Reports ("Melden"): anonymous readers per client address, signed-in ones per account, so
// that one client cannot hold comments by reporting from many made-up identities quickly.
export const REPORTS_PER_ADDRESS: Limit = { kind: "report_address", max: 10, windowMs: 60 * 60_000 };
export const REPORTS_PER_USER: Limit = { kind: "report_user", max: 30, windowMs: 60 * 60_000 };
const KEEP_MS = 24 * 60 * 60_000;

type Subject = { limit: Limit; subject: string };

/** Minutes until `subject` may try again, or null when it may try now. Ignores the attempts `exclude`. */
async function blockedFor({ limit, subject }: Subject, exclude: number[] = []): Promise<number | null> {
  const since = sql`now() - ${`${limit.windowMs} milliseconds`}::interval`;
  const rows = await db
    .select({ createdAt: authAttempts.createdAt, now: sql<Date>`now()`.mapWith((v: string) => new Date(v)) })
    .from(authAttempts)
    .where(
      and(
        eq(authAttempts.kind, limit.kind),
        eq(authAttempts.subject, subject),
        gt(authAttempts.createdAt, since),
        exclude.length ? notInArray(authAttempts.id, exclude) : undefined,
      ),
    )
    .orderBy(desc(authAttempts.createdAt))
    .limit(limit.max);
  if (rows.length < limit.max) return null;
  // Blocked until the oldest of the last `max` attempts leaves the window.
  const { createdAt, now } = rows[limit.max - 1];
  return Math.max(1, Math.ceil((createdAt.getTime() + limit.windowMs - now.getTime()) / 60_000));
}

async function longestBlock(subjects: Subject[], exclude: number[] = []): Promise<number | null> {
  const blocks = await Promise.all(subjects.map((s) => blockedFor(s, exclude)));
  const minutes = blocks.filter((b): b is number => b !== null);
  return minutes.length ? Math.max(...minutes) : null;
}

export type Reservation = { blockedMinutes: number | null; succeeded: () => Promise<void> };

/** Counts an attempt for every subject unless one of those `checked` is already at its limit. */
async function reserve(subjects: Subject[], checked: Subject[] = subjects): Promise<Reservation> {
  const rows = await db
    .insert(authAttempts)
    .values(subjects.map(({ limit, subject }) => ({ kind: limit.kind, subject })))
    .returning({ id: authAttempts.id });
  const ids = rows.map((r) => r.id);
  const blockedMinutes = await longestBlock(checked, ids);
  if (blockedMinutes !== null) {
    // A refused attempt does not count: hammering must not extend the wait forever.
    await db.delete(authAttempts).where(inArray(authAttempts.id, ids));
    return { blockedMinutes, succeeded: async () => {} };
  }
  if (Math.random() < 0.02) {
    const known = eq(authAttempts.kind, SIGN_IN_KNOWN.kind);
    await db
      .delete(authAttempts)
      .where(
        or(
          and(not(known), lt(authAttempts.createdAt, new Date(Date.now() - KEEP_MS))),
          and(known, lt(authAttempts.createdAt, new Date(Date.now() - SIGN_IN_KNOWN.keepMs))),
        ),
      );
  }
  return {
    blockedMinutes: null,
    succeeded: async () => void (await db.delete(authAttempts).where(inArray(authAttempts.id, ids))),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const knownSubject = (email: string, address: string) => `${email} ${address}`;

/** Whether the account was signed in to from this address in the last 30 days. */
async function isKnownAddress(email: string, address: string): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_KNOWN.keepMs);
  const n = await db.$count(
    authAttempts,
    and(
      eq(authAttempts.kind, SIGN_IN_KNOWN.kind),
      eq(authAttempts.subject, knownSubject(email, address)),
      gt(authAttempts.createdAt, since),
    ),
  );
  return n > 0;
}

/** Both limits count every attempt; the account's cap does not hold for an address the account is known from. */
async function signInSubjects(email: string, address: string): Promise<{ counted: Subject[]; checked: Subject[] }> {
  const perAddress = { limit: SIGN_IN_PER_ADDRESS, subject: address };
  const perAccount = { limit: SIGN_IN_PER_ACCOUNT, subject: email };
  const known = await isKnownAddress(email, address);
  return { counted: [perAddress, perAccount], checked: known ? [perAddress] : [perAddress, perAccount] };
}

/** Before checking a password. Call `succeeded()` when it was right; otherwise the attempt stays counted as a failure. */
export async function reserveSignInAttempt(email: string, address: string): Promise<Reservation> {
  const { counted, checked } = await signInSubjects(email, address);
  const reservation = await reserve(counted, checked);
  return {
    ...reservation,
    succeeded: async () => {
      await reservation.succeeded();
      // Other addresses' failures stay counted: the owner's success says nothing about them.
      await db.transaction(async (tx) => {
        await tx
          .delete(authAttempts)
          .where(
            and(eq(authAttempts.kind, SIGN_IN_KNOWN.kind), eq(authAttempts.subject, knownSubject(email, address))),
          );
        await tx.insert(authAttempts).values({ kind: SIGN_IN_KNOWN.kind, subject: knownSubject(email, address) });
      });
    },
  };
}

/** A read-only check, for refusing early (HTTP 429) without counting. */
export async function signInBlockedFor(email: string | null, address: string): Promise<number | null> {
  if (!email) return longestBlock([{ limit: SIGN_IN_PER_ADDRESS, subject: address }]);
  return longestBlock((await signInSubjects(email, address)).checked);
}

/** Forgets what the limits know about an account (when it is deleted). */
export async function forgetSignInAttempts(email: string, tx: Pick<typeof db, "delete"> = db): Promise<void> {
  await tx
    .delete(authAttempts)
    .where(
      or(
        and(eq(authAttempts.kind, SIGN_IN_PER_ACCOUNT.kind), eq(authAttempts.subject, email)),
        and(eq(authAttempts.kind, SIGN_IN_KNOWN.kind), like(authAttempts.subject, `${escapeLike(email)} %`)),
      ),
    );
}

/** Every sign-up counts, successful or not (also "email taken", which would otherwise allow probing for accounts cheaply). */
export async function reserveSignUp(address: string): Promise<number | null> {
  return (await reserve([{ limit: SIGN_UP_PER_ADDRESS, subject: address }])).blockedMinutes;
}

/** Counts a request for a mailed link (password reset, sign-in, address confirmation, a guest's comments); minutes to wait when over a limit, else null. */
export async function reserveMailLink(
  kind: "reset" | "magic" | "confirm" | "guest_data",
  email: string,
  address: string,
): Promise<number | null> {
  return (
    await reserve([
      { limit: { kind: `${kind}_link_address`, ...MAIL_LINK_PER_ADDRESS }, subject: address },
      { limit: { kind: `${kind}_link_email`, ...MAIL_LINK_PER_EMAIL }, subject: email },
    ])
  ).blockedMinutes;
}

/** Counts a report by this reader; minutes to wait when over the limit, else null. */
export async function reserveReport(reporter: { userId: string } | { address: string }): Promise<number | null> {
  const subject =
    "userId" in reporter
      ? { limit: REPORTS_PER_USER, subject: reporter.userId }
      : { limit: REPORTS_PER_ADDRESS, subject: reporter.address };
  return (await reserve([subject])).blockedMinutes;
}
