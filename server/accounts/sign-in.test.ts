import type { AddressInfo } from "node:net";
import { eq, inArray } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox, users } from "@/db/schema";
import { normaliseEmail } from "@/lib/email";
import { ARGON2_OPTIONS } from "@/lib/password-policy";
import { hashPassword, verifyPassword } from "@/server/accounts/passwords";
import { authenticateWithPassword, mayUseMagicLink, registerUser } from "@/server/accounts/sign-in";
import { createUser, errorOf, getUserRow, uniqueEmail } from "@/tests/data";
import { startMailWorker } from "@/server/mail/worker";

// Each test signs in from its own address, so the per-address limit of one test does not reach into another.
let n = 0;
const address = () => `198.51.100.${++n}`;

describe("email normalisation", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Anna.Schmidt+Blog@Example.DE ")).toEqual({
      ok: true,
      email: "anna.schmidt+blog@example.de",
    });
  });

  it("refuses non-ASCII and homoglyph addresses with their own message", () => {
    expect(normaliseEmail("jürgen@example.de")).toEqual({ ok: false, error: "emailNotAscii" });
    expect(normaliseEmail("admin@exаmple.de")).toEqual({ ok: false, error: "emailNotAscii" }); // Cyrillic а
    expect(normaliseEmail("ad\u200bmin@example.de")).toEqual({ ok: false, error: "emailNotAscii" }); // zero-width space
    expect(normaliseEmail("admin@ｅxample.de")).toEqual({ ok: false, error: "emailNotAscii" }); // fullwidth e
  });

  it("refuses invalid and empty addresses", () => {
    for (const bad of [
      "anna",
      "anna@",
      "@example.de",
      "anna@example",
      "anna@@example.de",
      "an na@example.de",
      "anna..b@example.de",
      "anna@-example.de",
      "anna@example.d3",
      ".anna@example.de",
    ]) {
      expect(normaliseEmail(bad), bad).toEqual({ ok: false, error: "emailInvalid" });
    }
    expect(normaliseEmail("   ")).toEqual({ ok: false, error: "emailRequired" });
    expect(normaliseEmail(undefined)).toEqual({ ok: false, error: "emailRequired" });
  });
});

describe("password hashing", () => {
  it("uses argon2id with the policy's parameters and verifies only the right password", async () => {
    const hash = await hashPassword("ein sehr geheimes Passwort");
    expect(hash).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}\\$`,
      ),
    );
    expect(await verifyPassword(hash, "ein sehr geheimes Passwort")).toBe(true);
    expect(await verifyPassword(hash, "ein sehr geheimes passwort")).toBe(false);
    expect(await verifyPassword(null, "irgendwas")).toBe(false);
    expect(await verifyPassword("kein-hash", "irgendwas")).toBe(false);
  });
});

describe("sign-up and sign-in", () => {
  it("creates readers with a hashed password; a second sign-up for the address answers alike and changes nothing", async () => {
    const email = uniqueEmail("signup");
    expect(await registerUser({ name: "Neu", email, password: "zehn-zeichen" }, address())).toEqual({ created: true });
    const [{ id }] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    const row = await getUserRow(id);
    expect(row.role).toBe("reader");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    // No error to tell the caller the address is taken; the account keeps its name and password.
    expect(await registerUser({ name: "Doppelt", email, password: "ein-anderes-passwort" }, address())).toEqual({
      created: false,
    });
    expect(await getUserRow(id)).toMatchObject({ name: "Neu", passwordHash: row.passwordHash });
    await expect(authenticateWithPassword(email, "zehn-zeichen", address())).resolves.toMatchObject({ id });
  });

  it("mails the owner of an existing address that someone tried to sign up with it", async () => {
    const mails: { to: string; raw: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address() as AddressInfo;
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      EMAIL_FROM: "Blattwerk <noreply@blattwerk.test>",
      AUTH_URL: "https://blattwerk.test",
    });
    let stopWorker = async () => {};
    try {
      const owner = await createUser();
      const stranger = uniqueEmail("neu");
      await registerUser({ name: "Jemand", email: owner.email!, password: "irgendein-passwort" }, address());
      await registerUser({ name: "Neu", email: stranger, password: "irgendein-passwort" }, address());
      // The notice is an outbox row (server/mail); the worker delivers it.
      const worker = await startMailWorker({
        databaseUrl: process.env.DATABASE_URL!,
        mail: { smtpUrl: process.env.SMTP_URL!, from: process.env.EMAIL_FROM! },
        maxAttempts: 3,
      });
      stopWorker = worker.stop;
      await expect.poll(() => mails.map((m) => m.to), { timeout: 10_000 }).toContain(owner.email);
      const mail = mails.find((m) => m.to === owner.email)!.raw.replace(/=\r?\n/g, "");
      expect(mail).toContain("Registrierungsversuch bei Blattwerk");
      expect(mail).toContain("https://blattwerk.test/signin");
      // The new address is asked to confirm itself (server/accounts/email-confirmation.ts), never told of an attempt.
      const toStranger = mails.filter((m) => m.to === stranger).map((m) => m.raw.replace(/=\r?\n/g, ""));
      expect(toStranger.some((raw) => raw.includes("ein neues Konto anzulegen"))).toBe(false);
    } finally {
      await stopWorker();
      for (const key of ["SMTP_URL", "EMAIL_FROM", "AUTH_URL"]) delete process.env[key];
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it("sends a banned account no sign-up notice", async () => {
    const banned = await createUser("reader", { banned: true });
    const owner = await createUser();
    for (const user of [banned, owner])
      expect(
        await registerUser({ name: "Jemand", email: user.email!, password: "irgendein-passwort" }, address()),
      ).toEqual({ created: false });
    const queued = await db
      .select({ to: mailOutbox.recipient })
      .from(mailOutbox)
      .where(inArray(mailOutbox.recipient, [banned.email!, owner.email!]));
    expect(queued.map((r) => r.to)).toEqual([owner.email]);
  });

  it("fails alike for an unknown email and a wrong password", async () => {
    const user = await createUser();
    const unknown = await errorOf(authenticateWithPassword(uniqueEmail("nobody"), "irgendein-passwort", address()));
    const wrong = await errorOf(authenticateWithPassword(user.email!, "falsches-passwort", address()));
    expect(unknown.publicKey).toBe("errors.invalidCredentials");
    expect(wrong.publicKey).toBe(unknown.publicKey);
    expect(wrong.kind).toBe(unknown.kind);
    const ok = await authenticateWithPassword(user.email!, user.password, address());
    expect(ok).toMatchObject({ id: user.id, role: "reader" });
    expect(ok).not.toHaveProperty("passwordHash");
  });

  it("refuses a banned user with the right password, with the ban message", async () => {
    const user = await createUser("reader", { banned: true });
    const error = await errorOf(authenticateWithPassword(user.email!, user.password, address()));
    expect(error.publicKey).toBe("errors.banned");
    expect(await mayUseMagicLink(user.email!)).toBe(false);
  });

  it("offers magic links to existing accounts only", async () => {
    const user = await createUser();
    expect(await mayUseMagicLink(user.email!)).toBe(true);
    expect(await mayUseMagicLink(uniqueEmail("nobody"))).toBe(false);
  });
});
