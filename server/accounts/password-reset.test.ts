import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox, passwordResetTokens } from "@/db/schema";
import { authenticateWithPassword } from "@/server/accounts/sign-in";
import { createUser, errorOf, getUserRow, uniqueEmail } from "@/tests/data";
import { isResetTokenUsable, requestPasswordReset, resetPassword } from "./password-reset";

let n = 0;
// Documentation addresses of their own: other files count failures for theirs in the same database.
const address = () => `2001:db8:7e5e7::${(++n).toString(16)}`;

async function mailsTo(email: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email)).orderBy(mailOutbox.id);
}

async function tokenFor(email: string): Promise<string> {
  const mails = (await mailsTo(email)).filter((m) => m.kind === "password-reset");
  const url = new URL((mails.at(-1)!.data as { url: string }).url);
  return url.searchParams.get("token")!;
}

describe("password reset", () => {
  it("answers alike for known and unknown addresses; only the account's owner gets a mail", async () => {
    const user = await createUser();
    const stranger = uniqueEmail("stranger");
    await expect(requestPasswordReset(user.email!, address())).resolves.toBeUndefined();
    await expect(requestPasswordReset(stranger, address())).resolves.toBeUndefined();
    expect((await mailsTo(user.email!)).map((m) => m.kind)).toEqual(["password-reset"]);
    expect(await mailsTo(stranger)).toEqual([]);
    const url = (await mailsTo(user.email!))[0].data as { url: string };
    expect(url.url).toMatch(/\/signin\/reset\?token=[\w-]{43}$/);
  });

  it("sets the new password once, ends every session and mails a notice", async () => {
    const user = await createUser();
    const before = await getUserRow(user.id);
    await requestPasswordReset(user.email!, address());
    const token = await tokenFor(user.email!);
    expect(await isResetTokenUsable(token)).toBe(true);
    await resetPassword(token, "ein-ganz-neues-passwort");
    const after = await getUserRow(user.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    await expect(authenticateWithPassword(user.email!, "ein-ganz-neues-passwort", address())).resolves.toMatchObject({
      id: user.id,
    });
    // Single use: the same link again changes nothing.
    expect(await isResetTokenUsable(token)).toBe(false);
    expect((await errorOf(resetPassword(token, "noch-ein-passwort"))).publicKey).toBe("errors.resetLinkInvalid");
    expect((await mailsTo(user.email!)).map((m) => m.kind)).toEqual(["password-reset", "password-changed"]);
    // Only a hash of the token is stored.
    const stored = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored.every((s) => s.tokenHash !== token)).toBe(true);
  });

  it("refuses an expired link, and using one link ends the account's other links", async () => {
    const user = await createUser();
    await requestPasswordReset(user.email!, address());
    const first = await tokenFor(user.email!);
    await requestPasswordReset(user.email!, address());
    const second = await tokenFor(user.email!);
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(passwordResetTokens.userId, user.id)));
    expect((await errorOf(resetPassword(second, "ein-ganz-neues-passwort"))).publicKey).toBe("errors.resetLinkInvalid");
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() + interval '1 hour'` })
      .where(eq(passwordResetTokens.userId, user.id));
    await resetPassword(second, "ein-ganz-neues-passwort");
    expect(await isResetTokenUsable(first)).toBe(false);
  });

  it("is rate-limited per address and per email, known or unknown", async () => {
    const target = uniqueEmail("flooded");
    for (let i = 0; i < 3; i++) await requestPasswordReset(target, address());
    expect((await errorOf(requestPasswordReset(target, address()))).publicKey).toBe("errors.tooManyMailLinks");
    const from = address();
    for (let i = 0; i < 5; i++) await requestPasswordReset(uniqueEmail("many"), from);
    expect((await errorOf(requestPasswordReset(uniqueEmail("many"), from))).publicKey).toBe("errors.tooManyMailLinks");
  });
});
