// What the cluster test does as a client: accounts, sign-in, comments over the JSON API, and
// posting a form a page rendered (a server action) somewhere else.
import { hash } from "@node-rs/argon2";
import postgres from "postgres";
import { signIn } from "../../bench/sign-in";
import { ARGON2_OPTIONS } from "../../lib/password-policy";

export const PASSWORD = "cluster-passwort-2026";
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let hashed: Promise<string> | null = null;

/** Readers made directly in the database (the sign-up flow is tested elsewhere). */
export async function createReaders(sql: postgres.Sql, prefix: string, count: number, role = "reader") {
  const passwordHash = await (hashed ??= hash(PASSWORD, ARGON2_OPTIONS));
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}@example.test`);
  for (const email of emails)
    await sql`insert into users (id, name, email, role, password_hash, email_verified)
              values (${crypto.randomUUID()}, ${`Cluster ${email}`}, ${email}, ${role}, ${passwordHash}, now())`;
  return emails;
}

export async function sessionOn(baseUrl: string, email: string, password = PASSWORD): Promise<string> {
  const result = await signIn(baseUrl, email, password);
  if (!("cookie" in result)) throw new Error(`sign-in of ${email} on ${baseUrl} failed: ${result.skipped}`);
  return result.cookie;
}

export type Posted = { status: number; id?: number; replayed?: boolean };

export async function postComment(baseUrl: string, cookie: string, articleId: number, body: string, key: string) {
  const res = await fetch(`${baseUrl}/api/comments`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ articleId, body, idempotencyKey: key }),
    signal: AbortSignal.timeout(15_000),
  });
  const json = (await res.json().catch(() => ({}))) as { id?: number; replayed?: boolean };
  return { status: res.status, id: json.id, replayed: json.replayed } satisfies Posted;
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the first form in `html` that matches `match` (a server action's, unless `plain`). */
export function actionForm(html: string, match: RegExp, plain = false): FormData | null {
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    if ((!plain && !form.includes("$ACTION_")) || !match.test(form)) continue;
    const data = new FormData();
    for (const input of form.match(/<input[^>]*>/g) ?? []) {
      if (!/type="hidden"/.test(input)) continue;
      const name = /name="([^"]*)"/.exec(input)?.[1];
      if (!name) continue;
      data.append(decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? ""));
    }
    return data;
  }
  return null;
}

/** Polls until `check` holds (a purge travels through PostgreSQL and the forwarder); returns how long it took. */
export async function eventually(check: () => Promise<boolean>, limitMs = 10_000): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (await check()) return Date.now() - started;
    await sleep(25);
  }
  return null;
}

export async function pageText(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}
