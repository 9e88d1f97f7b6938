import { describe, expect, it } from "vitest";
import { normaliseEmail } from "@/lib/email";
import { ARGON2_OPTIONS } from "@/lib/password-policy";
import { hashPassword, verifyPassword } from "./passwords";
import { authenticateWithPassword, mayUseMagicLink, registerUser } from "./sign-in";
import { createTestUser, errorOf, getUserRow, uniqueEmail } from "./test-helpers";

// Each test signs in from its own address, so the per-address limit of one test does not reach into another.
let n = 0;
const address = () => `198.51.100.${++n}`;


describe("email normalisation", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Anna.Schmidt+Blog@Example.DE ")).toEqual({ ok: true, email: "anna.schmidt+blog@example.de" });
  });

  it("refuses non-ASCII and homoglyph addresses with their own message", () => {
    expect(normaliseEmail("jürgen@example.de")).toEqual({ ok: false, error: "emailNotAscii" });
    expect(normaliseEmail("admin@exаmple.de")).toEqual({ ok: false, error: "emailNotAscii" }); // Cyrillic а
    expect(normaliseEmail("ad\u200bmin@example.de")).toEqual({ ok: false, error: "emailNotAscii" }); // zero-width space
    expect(normaliseEmail("admin@ｅxample.de")).toEqual({ ok: false, error: "emailNotAscii" }); // fullwidth e
  });

  it("refuses invalid and empty addresses", () => {
    for (const bad of ["anna", "anna@", "@example.de", "anna@example", "anna@@example.de", "an na@example.de", "anna..b@example.de", "anna@-example.de", "anna@example.d3", ".anna@example.de"]) {
      expect(normaliseEmail(bad), bad).toEqual({ ok: false, error: "emailInvalid" });
    }
    expect(normaliseEmail("   ")).toEqual({ ok: false, error: "emailRequired" });
    expect(normaliseEmail(undefined)).toEqual({ ok: false, error: "emailRequired" });
  });
});

describe("password hashing", () => {
  it("uses argon2id with the policy's parameters and verifies only the right password", async () => {
    const hash = await hashPassword("ein sehr geheimes Passwort");
    expect(hash).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}\\$`));
    expect(await verifyPassword(hash, "ein sehr geheimes Passwort")).toBe(true);
    expect(await verifyPassword(hash, "ein sehr geheimes passwort")).toBe(false);
    expect(await verifyPassword(null, "irgendwas")).toBe(false);
    expect(await verifyPassword("kein-hash", "irgendwas")).toBe(false);
  });
});

describe("sign-up and sign-in", () => {
  it("creates readers with a hashed password and refuses a second account for the same address", async () => {
    const email = uniqueEmail("signup");
    const user = await registerUser({ name: "Neu", email, password: "zehn-zeichen" }, address());
    expect(user.role).toBe("reader");
    const row = await getUserRow(user.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const error = await errorOf(registerUser({ name: "Doppelt", email, password: "zehn-zeichen" }, address()));
    expect(error.publicKey).toBe("errors.emailTaken");
  });

  it("fails alike for an unknown email and a wrong password", async () => {
    const user = await createTestUser();
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
    const user = await createTestUser({ banned: true });
    const error = await errorOf(authenticateWithPassword(user.email!, user.password, address()));
    expect(error.publicKey).toBe("errors.banned");
    expect(await mayUseMagicLink(user.email!)).toBe(false);
  });

  it("offers magic links to existing accounts only", async () => {
    const user = await createTestUser();
    expect(await mayUseMagicLink(user.email!)).toBe(true);
    expect(await mayUseMagicLink(uniqueEmail("nobody"))).toBe(false);
  });
});
