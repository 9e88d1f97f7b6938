import "server-only";
import { and, desc, eq, gt, inArray, lt, notInArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authAttempts } from "@/db/schema";

// Attempts live in PostgreSQL (auth_attempts), so limits hold across restarts and across
// several app servers. A row is written *before* the password is checked and removed again
// on success: concurrent guesses see each other and cannot slip past the limit together.
type Limit = { kind: string; max: number; windowMs: number };

export const SIGN_IN_PER_ACCOUNT: Limit = { kind: "sign_in_email", max: 5, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ADDRESS: Limit = { kind: "sign_in_address", max: 5, windowMs: 15 * 60_000 };
export const SIGN_UP_PER_ADDRESS: Limit = { kind: "sign_up_address", max: 5, windowMs: 60 * 60_000 };
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

/** Counts an attempt for every subject unless one of them is already at its limit. */
async function reserve(subjects: Subject[]): Promise<Reservation> {
  const rows = await db
    .insert(authAttempts)
    .values(subjects.map(({ limit, subject }) => ({ kind: limit.kind, subject })))
    .returning({ id: authAttempts.id });
  const ids = rows.map((r) => r.id);
  const blockedMinutes = await longestBlock(subjects, ids);
  if (blockedMinutes !== null) {
    // A refused attempt does not count: hammering must not extend the wait forever.
    await db.delete(authAttempts).where(inArray(authAttempts.id, ids));
    return { blockedMinutes, succeeded: async () => {} };
  }
  if (Math.random() < 0.02) await db.delete(authAttempts).where(lt(authAttempts.createdAt, new Date(Date.now() - KEEP_MS)));
  return { blockedMinutes: null, succeeded: async () => void (await db.delete(authAttempts).where(inArray(authAttempts.id, ids))) };
}

const signInSubjects = (email: string, address: string): Subject[] => [
  { limit: SIGN_IN_PER_ACCOUNT, subject: email },
  { limit: SIGN_IN_PER_ADDRESS, subject: address },
];

/** Before checking a password. Call `succeeded()` when it was right; otherwise the attempt stays counted as a failure. */
export async function reserveSignInAttempt(email: string, address: string): Promise<Reservation> {
  const reservation = await reserve(signInSubjects(email, address));
  return {
    ...reservation,
    succeeded: async () => {
      await reservation.succeeded();
      // The account's own failures are forgiven on success; the address's are not.
      await db.delete(authAttempts).where(and(eq(authAttempts.kind, SIGN_IN_PER_ACCOUNT.kind), eq(authAttempts.subject, email)));
    },
  };
}

/** A read-only check, for refusing early (HTTP 429) without counting. */
export function signInBlockedFor(email: string | null, address: string): Promise<number | null> {
  return longestBlock(email ? signInSubjects(email, address) : signInSubjects("", address).slice(1));
}

/** Every sign-up counts, successful or not (also "email taken", which would otherwise allow probing for accounts cheaply). */
export async function reserveSignUp(address: string): Promise<number | null> {
  return (await reserve([{ limit: SIGN_UP_PER_ADDRESS, subject: address }])).blockedMinutes;
}
