import "server-only";
import { decode } from "next-auth/jwt";
import { logger } from "@/lib/log";

// Who signed in, read from the session cookie the way Auth.js reads it, for server/accounts/session.ts.
// Auth.js's own auth() runs its whole session endpoint for that: it derives the key and
// decrypts the cookie, then derives it again to encrypt a refreshed cookie and makes a CSRF
// token, and auth() in a page or route handler throws both away. On the comment API that was
// a third of a request's CPU time. Same cookie, same secrets, same checks (decode verifies the
// token and its expiry with Auth.js's 15 s tolerance); nothing here trusts more than auth() did.

export type SessionToken = { userId: string; sessionVersion: number };

// Read from the raw environment on purpose, like Auth.js itself does (AUTH_SECRET_1…3 and
// NEXTAUTH_URL are Auth.js's variables, not ours): the cookie must match what Auth.js wrote.
type Env = Record<string, string | undefined>;

/** Auth.js's choice (createActionURL + defaultCookies): `__Secure-` when the site's URL is https. */
export function sessionCookieName(forwardedProto: string | null, env: Env = process.env): string {
  const configured = env.AUTH_URL ?? env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return `${protocol === "https:" ? "__Secure-" : ""}authjs.session-token`;
}

/** AUTH_SECRET plus the rotated AUTH_SECRET_1…3, in the order Auth.js's setEnvDefaults uses. */
export function sessionSecrets(env: Env = process.env): string[] {
  const secrets = env.AUTH_SECRET ? [env.AUTH_SECRET] : [];
  for (const i of [1, 2, 3]) {
    const secret = env[`AUTH_SECRET_${i}`];
    if (secret) secrets.unshift(secret);
  }
  return secrets;
}

/** The Cookie header as Auth.js's parser reads it: the first of two equal names wins. */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1) continue;
    const name = pair.slice(0, eq).trim();
    if (cookies.has(name)) continue;
    const raw = pair.slice(eq + 1).trim();
    let value = raw;
    if (raw.includes("%")) {
      try {
        value = decodeURIComponent(raw);
      } catch {
        // kept as sent, as Auth.js does
      }
    }
    cookies.set(name, value);
  }
  return cookies;
}

/** A long cookie is split into `name.0`, `name.1`, …; Auth.js joins every cookie whose name starts with the name. */
function joinChunks(cookies: Map<string, string>, name: string): string {
  const index = (key: string) => parseInt(key.split(".").pop() || "0");
  return [...cookies.keys()]
    .filter((key) => key.startsWith(name) && cookies.get(key))
    .sort((a, b) => index(a) - index(b))
    .map((key) => cookies.get(key))
    .join("");
}

// Decoding costs a key derivation, a thumbprint and an AES-CBC + HMAC round: a fifth of the
// comment API's CPU time. Its result depends only on the token, the secrets and the clock, so
// a token that decoded once decodes the same until it expires: the last few hundred are kept,
// keyed by cookie name, secrets and token, and their expiry is checked again on every use.
const MAX_REMEMBERED = 500;
const remembered = new Map<string, { session: SessionToken; exp: number }>();

/** jose's test with Auth.js's clockTolerance of 15 s: expired once `exp <= now - 15`. */
const CLOCK_TOLERANCE_SECONDS = 15;
const unexpired = (exp: number) => exp > Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_SECONDS;

export async function readSessionToken(
  cookieHeader: string,
  forwardedProto: string | null,
  env: Env = process.env,
): Promise<SessionToken | null> {
  const name = sessionCookieName(forwardedProto, env);
  const token = joinChunks(parseCookies(cookieHeader), name);
  if (!token) return null;
  const secrets = sessionSecrets(env);
  const key = `${name}\n${secrets.join("\n")}\n${token}`;
  const known = remembered.get(key);
  if (known && unexpired(known.exp)) return known.session;
  if (known) remembered.delete(key);
  try {
    const payload = await decode({ token, secret: secrets, salt: name });
    // The session callback's mapping (auth.config.ts): no subject, no user.
    if (!payload?.sub) return null;
    const session = { userId: payload.sub, sessionVersion: payload.sv ?? -1 };
    // Auth.js always sets exp; a token without one is not remembered.
    if (typeof payload.exp === "number") {
      if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(key, { session, exp: payload.exp });
    }
    return session;
  } catch {
    // As auth.ts's logger does for Auth.js: a visitor's broken cookie is one line, no stack.
    logger.warn({ where: "auth", type: "JWTSessionError" }, "invalid session cookie ignored");
    return null;
  }
}
