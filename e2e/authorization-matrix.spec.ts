import { request as apiRequest, type Page } from "@playwright/test";
import type postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { expect, newContext, test, uniqueAddress } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";
import { discoverEndpoints } from "./authorization-matrix/discovery";
import { CALLERS, ROLE_OF, type Caller, type Entry, type Prepare, type Session } from "./authorization-matrix/shared";
import { COMMENT_ROWS, REACTION_ROWS } from "./authorization-matrix/rows-comments";
import { ACCOUNT_ROWS } from "./authorization-matrix/rows-account";
import { SIGN_IN_ROWS } from "./authorization-matrix/rows-sign-in";
import { ARTICLE_ROWS } from "./authorization-matrix/rows-articles";
import { PAGE_ROWS } from "./authorization-matrix/rows-pages";
import { MODERATION_ROWS } from "./authorization-matrix/rows-moderation";
import { ADMIN_ROWS } from "./authorization-matrix/rows-admin";
import { MAIL_ROWS } from "./authorization-matrix/rows-mail";
import { CONFIRM_ROWS } from "./authorization-matrix/rows-confirm";
import { MEDIA_ROWS } from "./authorization-matrix/rows-media";
import { PRIVACY_ROWS } from "./authorization-matrix/rows-privacy";
import { E2E_SMTP_PORT } from "./test-env";

// Every server action and every state-changing route handler, against every kind
// of caller. Each cell replays the real request over HTTP (the hidden fields of the rendered
// form, as e2e/hardening.spec.ts does) with the site's own Origin, so only the endpoint's own
// permission check can stop it. Allowed cells must do their work; denied ones must leave the
// database as it was. The first test fails when an endpoint is missing from TABLE.
// The rows live in e2e/authorization-matrix/rows-<area>.ts, one module per area.

const TABLE: Entry[] = [
  ...COMMENT_ROWS,
  ...REACTION_ROWS,
  ...ACCOUNT_ROWS,
  ...SIGN_IN_ROWS,
  ...ARTICLE_ROWS,
  ...PAGE_ROWS,
  ...MODERATION_ROWS,
  ...ADMIN_ROWS,
  ...MAIL_ROWS,
  ...CONFIRM_ROWS,
  ...MEDIA_ROWS,
  ...PRIVACY_ROWS,
];

test("the table lists every server action and every state-changing route handler", () => {
  const listed = TABLE.map((e) => e.name).sort();
  expect(new Set(listed).size, "an entry is listed twice").toBe(listed.length);
  const discovered = discoverEndpoints();
  expect(
    discovered.filter((n) => !listed.includes(n)),
    "endpoints missing from the authorization matrix",
  ).toEqual([]);
  expect(
    listed.filter((n) => !discovered.includes(n)),
    "table entries no longer in the source",
  ).toEqual([]);
});

// ---------------------------------------------------------------------------------------
// The matrix.

/** What the database holds, per table (sign-in bookkeeping left out), as one hash each. */
async function fingerprint(sql: postgres.Sql, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] =
      table === "users"
        ? await sql<{ h: string }[]>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
            from (select id, role, banned_at, name, email, password_hash, session_version, bio, image from users) t`
        : table === "mail_outbox"
          ? // What a request enqueues; the e2e server's worker delivers earlier rows meanwhile (status, data).
            await sql<{ h: string }[]>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
              from (select event_key, recipient from mail_outbox) t`
          : await sql<
              { h: string }[]
            >`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql(table)} t`;
    result[table] = row.h;
  }
  return result;
}

test.describe("authorization matrix", () => {
  const NOT_CONTENT = ["auth_attempts", "sessions", "verification_tokens", "accounts"];
  let tables: string[] = [];
  const shared = {} as Record<Caller, Session>;
  const capturePages = {} as Record<"anonymous" | "reader" | "admin", Page>;
  let smtp: SMTPServer;
  let savedModeration: unknown = null;

  async function signedInSession(
    browser: import("@playwright/test").Browser,
    baseURL: string,
    sql: postgres.Sql,
    caller: Caller,
  ): Promise<Session> {
    if (caller === "anonymous") return { user: null, state: { cookies: [], origins: [] } };
    const user = await createUser(ROLE_OF[caller]);
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await new SignInPage(page).signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/$/);
    const state = await context.storageState();
    await context.close();
    // Banned after signing in: the session is still in the browser, the ban is re-read on each request.
    if (caller === "banned") await sql`update users set banned_at = now(), ban_reason = 'Matrix' where id = ${user.id}`;
    return { user, state };
  }

  test.beforeAll(async ({ browser, sql }, testInfo) => {
    test.setTimeout(180_000);
    const baseURL = String(testInfo.project.use.baseURL);
    tables = (
      await sql<
        { name: string }[]
      >`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
    )
      .map((r) => r.name)
      .filter((n) => !NOT_CONTENT.includes(n));
    // Several comments by one user in a few seconds: the flood interval would refuse all but the first.
    savedModeration =
      (await sql<{ value: unknown }[]>`select value from settings where key = 'moderation'`)[0]?.value ?? null;
    await sql`insert into settings (key, value) values ('moderation', ${sql.json({ floodIntervalSeconds: 0 })})
              on conflict (key) do update set value = settings.value || excluded.value`;
    // Magic links are mailed: a sink that accepts them (the same port e2e/auth-mail.spec.ts uses).
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData: (stream, _s, done) => stream.on("data", () => {}).on("end", () => done()),
    });
    await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
    for (const caller of CALLERS) shared[caller] = await signedInSession(browser, baseURL, sql, caller);
    for (const as of ["anonymous", "reader", "admin"] as const) {
      const context = await newContext(browser, baseURL, { storageState: shared[as].state, javaScriptEnabled: false });
      capturePages[as] = await context.newPage();
    }
  });

  test.afterAll(async ({ sql }) => {
    await Promise.all(Object.values(capturePages).map((p) => p.context().close()));
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    // Leave the settings as found (no row means the defaults), also after the settings cell saved them.
    if (savedModeration)
      await sql`update settings set value = ${sql.json(savedModeration as postgres.JSONValue)} where key = 'moderation'`;
    else await sql`delete from settings where key = 'moderation'`;
    // The privacy cell saved a retention period: back to the default (no row).
    await sql`delete from settings where key = 'privacy'`;
  });

  for (const entry of TABLE) {
    test(`${entry.name} (${entry.public ? "public" : entry.allowed.join(", ")})`, async ({ browser, baseURL, sql }) => {
      test.skip(!!entry.untested, entry.untested);
      test.setTimeout(240_000);
      const origin = new URL(baseURL!).origin;
      const users = Object.fromEntries(
        CALLERS.filter((c) => c !== "anonymous").map((c) => [c, shared[c].user]),
      ) as Prepare["users"];
      const form: Prepare["form"] = async (as, path, selector, fill = {}) => {
        const page = capturePages[as];
        const response = await page.goto(path);
        expect(response?.status(), `${as} renders ${path}`).toBe(200);
        const entries = await page
          .locator(selector)
          .first()
          .evaluate((f: HTMLFormElement) =>
            Array.from(new FormData(f).entries()).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
          );
        const fields = { ...Object.fromEntries(entries), ...fill } as Record<string, string>;
        expect(
          Object.keys(fields).some((k) => k.startsWith("$ACTION")),
          `${selector} on ${path} is a server action form`,
        ).toBe(true);
        return fields;
      };

      const failures: string[] = [];
      for (const caller of CALLERS) {
        const session = entry.fresh ? await signedInSession(browser, baseURL!, sql, caller) : shared[caller];
        const replay = await entry.prepare!({ sql, caller, user: session.user, users, form });
        // A request context of its own per cell: cookies a response sets stay in this cell.
        const client = await apiRequest.newContext({
          baseURL,
          storageState: session.state,
          extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
        });
        const before = await fingerprint(sql, tables);
        const headers = { origin, ...replay.headers };
        const response = await client.post(replay.url, {
          headers: replay.text !== undefined ? { ...headers, "content-type": "text/plain" } : headers,
          maxRedirects: 0,
          ...(replay.multipart
            ? { multipart: replay.multipart }
            : replay.json !== undefined
              ? { data: replay.json }
              : { data: replay.text }),
        });
        const succeeded = await replay.succeeded(response);
        const allowed = entry.allowed.includes(caller);
        if (allowed && !succeeded)
          failures.push(`${caller}: allowed, but the request did not succeed (HTTP ${response.status()})`);
        if (!allowed) {
          const after = await fingerprint(sql, tables);
          const changed = tables.filter((t) => before[t] !== after[t]);
          if (changed.length)
            failures.push(`${caller}: denied, but changed ${changed.join(", ")} (HTTP ${response.status()})`);
          if (succeeded) failures.push(`${caller}: denied, but the request succeeded (HTTP ${response.status()})`);
          // proxy.ts sends visitors of /dashboard to the sign-in page before the handler runs.
          const toSignIn =
            response.status() >= 300 &&
            response.status() < 400 &&
            new URL(response.headers()["location"] ?? "/", origin).pathname === "/signin";
          const refused = response.status() >= 400 && response.status() < 500;
          if (entry.kind === "route" && !refused && !toSignIn)
            failures.push(`${caller}: denied, but answered HTTP ${response.status()}`);
        }
        await client.dispose();
      }
      expect(failures, `${entry.name}: cells that broke the matrix`).toEqual([]);
    });
  }
});
