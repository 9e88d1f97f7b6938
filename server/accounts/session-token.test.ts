import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionToken, sessionCookieName, sessionSecrets } from "@/server/accounts/session-token";

const SECRET = "test-secret-with-enough-length-0123456789";
const env = { AUTH_SECRET: SECRET };
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

// Tokens as Auth.js writes them at sign-in (auth.ts jwt callback: sub and sv).
const token = (
  salt: string,
  claims: Record<string, unknown> = { sub: "user-1", sv: 3 },
  options: { secret?: string; maxAge?: number } = {},
) => encode({ token: claims, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge });

describe("reading the session cookie as Auth.js does", () => {
  it("returns who signed in and the session version", async () => {
    expect(await readSessionToken(`other=1; ${PLAIN}=${await token(PLAIN)}`, "http", env)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
    });
    expect(await readSessionToken(`${PLAIN}=${await token(PLAIN, { sub: "user-2" })}`, "http", env)).toEqual({
      userId: "user-2",
      sessionVersion: -1,
    });
  });

  it("uses the __Secure- cookie over https, from the forwarded protocol or AUTH_URL", async () => {
    expect(sessionCookieName("http", {})).toBe(PLAIN);
    expect(sessionCookieName("https", {})).toBe(SECURE);
    expect(sessionCookieName(null, {})).toBe(SECURE);
    expect(sessionCookieName("http", { AUTH_URL: "https://example.org" })).toBe(SECURE);
    expect(sessionCookieName("https", { AUTH_URL: "http://localhost:3000" })).toBe(PLAIN);
    expect(await readSessionToken(`${SECURE}=${await token(SECURE)}`, "https", env)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
    });
    // The cookie without the prefix is not the session over https, and a token made for one name is not valid under the other.
    expect(await readSessionToken(`${PLAIN}=${await token(PLAIN)}`, "https", env)).toBeNull();
    expect(await readSessionToken(`${SECURE}=${await token(PLAIN)}`, "https", env)).toBeNull();
  });

  it("joins a cookie split into chunks in their order", async () => {
    const value = await token(PLAIN, { sub: "user-1", sv: 3, name: "x".repeat(500) });
    const third = Math.ceil(value.length / 3);
    const parts = [value.slice(0, third), value.slice(third, 2 * third), value.slice(2 * third)];
    const header = `${PLAIN}.2=${parts[2]}; ${PLAIN}.0=${parts[0]}; ${PLAIN}.1=${parts[1]}`;
    expect(await readSessionToken(header, "http", env)).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("refuses forged, foreign, expired and subject-less tokens", async () => {
    const valid = await token(PLAIN);
    expect(await readSessionToken(`${PLAIN}=${valid.slice(0, -4)}AAAA`, "http", env)).toBeNull();
    expect(
      await readSessionToken(
        `${PLAIN}=${await token(PLAIN, undefined, { secret: "another-secret-another-secret-1234567890" })}`,
        "http",
        env,
      ),
    ).toBeNull();
    expect(
      await readSessionToken(`${PLAIN}=${await token(PLAIN, undefined, { maxAge: -60 })}`, "http", env),
    ).toBeNull();
    expect(await readSessionToken(`${PLAIN}=${await token(PLAIN, { sv: 1 })}`, "http", env)).toBeNull();
    expect(await readSessionToken(`${PLAIN}=not-a-token`, "http", env)).toBeNull();
    expect(await readSessionToken("", "http", env)).toBeNull();
  });

  it("accepts tokens of a rotated secret (AUTH_SECRET_1…3)", async () => {
    const old = "the-previous-secret-the-previous-secret-12";
    const rotated = { AUTH_SECRET: SECRET, AUTH_SECRET_1: old };
    expect(sessionSecrets(rotated)).toEqual([old, SECRET]);
    expect(
      await readSessionToken(`${PLAIN}=${await token(PLAIN, undefined, { secret: old })}`, "http", rotated),
    ).toEqual({ userId: "user-1", sessionVersion: 3 });
    expect(await readSessionToken(`${PLAIN}=${await token(PLAIN)}`, "http", rotated)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
    });
  });

  describe("a token read before", () => {
    afterEach(() => vi.useRealTimers());

    it("still expires, with the same 15 s tolerance", async () => {
      const header = `${PLAIN}=${await token(PLAIN, undefined, { maxAge: 60 })}`;
      expect(await readSessionToken(header, "http", env)).toEqual({ userId: "user-1", sessionVersion: 3 });
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.now() + 70_000);
      expect(await readSessionToken(header, "http", env)).toEqual({ userId: "user-1", sessionVersion: 3 });
      vi.setSystemTime(Date.now() + 10_000);
      expect(await readSessionToken(header, "http", env)).toBeNull();
    });

    it("is valid only under the secrets and cookie name it was read with", async () => {
      const value = await token(PLAIN);
      expect(await readSessionToken(`${PLAIN}=${value}`, "http", env)).not.toBeNull();
      expect(
        await readSessionToken(`${PLAIN}=${value}`, "http", {
          AUTH_SECRET: "another-secret-another-secret-1234567890",
        }),
      ).toBeNull();
      expect(await readSessionToken(`${SECURE}=${value}`, "https", env)).toBeNull();
    });
  });
});
