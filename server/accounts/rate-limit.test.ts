import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { authAttempts } from "@/db/schema";
import { AppError } from "@/server/http/errors";
import { reserveSignInAttempt, reserveSignUp, signInBlockedFor } from "@/server/accounts/rate-limit";
import { authenticateWithPassword } from "@/server/accounts/sign-in";
import { createUser, errorOf, uniqueEmail } from "@/tests/data";

let n = 0;
const address = () => `203.0.113.${++n}`;

const failures = (user: { email: string | null }, from: string, n: number) =>
  Promise.all(Array.from({ length: n }, () => errorOf(authenticateWithPassword(user.email!, "falsch-falsch", from))));

describe("sign-in rate limit", () => {
  it("five wrong passwords lock the address they came from, not the account: its owner still gets in from elsewhere", async () => {
    const user = await createUser();
    const attacker = address();
    for (const error of await failures(user, attacker, 5)) expect(error.publicKey).toBe("errors.invalidCredentials");
    const blocked = await errorOf(authenticateWithPassword(user.email!, user.password, attacker));
    expect(blocked.kind).toBe("rate_limited");
    expect(blocked.publicKey).toBe("errors.tooManyAttempts");
    expect(blocked.values.minutes).toBeGreaterThanOrEqual(14);
    expect(blocked.values.minutes).toBeLessThanOrEqual(15);
    expect(await signInBlockedFor(user.email!, attacker)).toBe(blocked.values.minutes);

    const owner = address();
    expect(await signInBlockedFor(user.email!, owner)).toBeNull();
    await expect(authenticateWithPassword(user.email!, user.password, owner)).resolves.toMatchObject({ id: user.id });
  });

  it("caps guesses at one account from many addresses, except from an address the account signed in from before", async () => {
    const user = await createUser();
    const home = address();
    await authenticateWithPassword(user.email!, user.password, home);
    // 10 addresses × 5 failures: each address is at its own limit, the account at its cap.
    for (let i = 0; i < 10; i++) await failures(user, address(), 5);
    expect(
      await db.$count(authAttempts, and(eq(authAttempts.kind, "sign_in_email"), eq(authAttempts.subject, user.email!))),
    ).toBe(50);

    const stranger = await errorOf(authenticateWithPassword(user.email!, user.password, address()));
    expect(stranger.kind).toBe("rate_limited");
    await expect(authenticateWithPassword(user.email!, user.password, home)).resolves.toMatchObject({ id: user.id });
  });

  it("lets the address in again once its failures have left the window (the limit is kept in the database)", async () => {
    const user = await createUser();
    const from = address();
    await failures(user, from, 5);
    expect((await errorOf(authenticateWithPassword(user.email!, user.password, from))).kind).toBe("rate_limited");
    await db
      .update(authAttempts)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(and(eq(authAttempts.kind, "sign_in_address"), eq(authAttempts.subject, from)));
    await expect(authenticateWithPassword(user.email!, user.password, from)).resolves.toMatchObject({ id: user.id });
  });

  it("blocks an address after 5 failures across different accounts", async () => {
    const from = address();
    for (let i = 0; i < 5; i++) await errorOf(authenticateWithPassword(uniqueEmail("stuffing"), "falsch-falsch", from));
    const user = await createUser();
    expect((await errorOf(authenticateWithPassword(user.email!, user.password, from))).kind).toBe("rate_limited");
    await expect(authenticateWithPassword(user.email!, user.password, address())).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("does not let concurrent guesses slip past the limit", async () => {
    const user = await createUser();
    const from = address();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => authenticateWithPassword(user.email!, "falsch-falsch", from)),
    );
    const kinds = results.map((r) => (r.status === "rejected" ? (r.reason as AppError).kind : "ok"));
    expect(kinds.filter((k) => k === "invalid").length).toBeLessThanOrEqual(5);
    expect(kinds).not.toContain("ok");
    expect(
      await db.$count(authAttempts, and(eq(authAttempts.kind, "sign_in_address"), eq(authAttempts.subject, from))),
    ).toBeLessThanOrEqual(5);
  });

  it("does not count refused attempts, so hammering does not extend the wait", async () => {
    const email = uniqueEmail("hammer");
    const from = address();
    for (let i = 0; i < 5; i++) expect((await reserveSignInAttempt(email, from)).blockedMinutes).toBeNull();
    for (let i = 0; i < 5; i++) expect((await reserveSignInAttempt(email, from)).blockedMinutes).not.toBeNull();
    expect(
      await db.$count(authAttempts, and(eq(authAttempts.kind, "sign_in_address"), eq(authAttempts.subject, from))),
    ).toBe(5);
    expect(
      await db.$count(authAttempts, and(eq(authAttempts.kind, "sign_in_email"), eq(authAttempts.subject, email))),
    ).toBe(5);
  });
});

describe("sign-up rate limit", () => {
  it("allows 5 sign-ups per address and hour", async () => {
    const from = address();
    for (let i = 0; i < 5; i++) expect(await reserveSignUp(from)).toBeNull();
    const minutes = await reserveSignUp(from);
    expect(minutes).toBeGreaterThanOrEqual(59);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(await reserveSignUp(address())).toBeNull();
  });
});
