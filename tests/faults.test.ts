// Database faults against a site instance of its own (the shared test and e2e databases must
// keep running): the database stops, pages answer 503, comments are not lost silently, and
// the site recovers when the database is back, without a restart.
import { hash } from "@node-rs/argon2";
import { chromium, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../bench/sign-in";
import { ARGON2_OPTIONS } from "../lib/password-policy";
import { startSiteInstance, type SiteInstance } from "./site-instance";

const POOL_SIZE = 3;
const PASSWORD = "faults-passwort-2026";
const UNAVAILABLE = "Dein Kommentar konnte nicht gespeichert werden";

let site: SiteInstance;
let sql: postgres.Sql;
let browser: Browser | undefined;
let reader: Page;
let cookie: string;
let article: { id: number; slug: string; categorySlug: string };

/** Every request gets a bound: a hang fails the test instead of stalling the suite. */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${site.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(15_000) });

async function until(check: () => Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  // One worker: the pool under test is one process's (each worker has its own).
  site = await startSiteInstance("faults", {
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    DATABASE_POOL_WAIT_MS: "1000",
    NEXT_WORKERS: "1",
  });
  // The test's own connections survive nothing: a stopped server ends them, so they reconnect.
  sql = postgres(site.databaseUrl, { max: 2, onnotice: () => {} });
  [article] = await sql<{ id: number; slug: string; categorySlug: string }[]>`
    select a.id, a.slug, c.slug as "categorySlug" from articles a join categories c on c.id = a.category_id
    where a.status = 'published' and a.comments_open order by a.published_at desc limit 1`;
  const email = `faults-${Date.now()}@example.test`;
  await sql`insert into users (id, name, email, role, password_hash, email_verified) values (${crypto.randomUUID()}, 'Fault Reader', ${email}, 'reader', ${await hash(PASSWORD, ARGON2_OPTIONS)}, now())`;
  const result = await signIn(site.baseUrl, email, PASSWORD);
  if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.skipped}`);
  cookie = result.cookie;
  browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const context = await browser.newContext({ baseURL: site.baseUrl });
  await context.addCookies(
    cookie
      .split("; ")
      .map((pair) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1), url: site.baseUrl })),
  );
  reader = await context.newPage();
}, 16 * 60_000);

afterAll(async () => {
  await browser?.close();
  await sql?.end({ timeout: 1 });
  await site?.stop();
});

describe("with the database stopped", () => {
  it("serves cached pages, answers other pages and the health check with 503, and keeps a comment's text", async () => {
    expect((await get(`/posts/${article.slug}`)).status).toBe(200); // now in the front server's cache
    await reader.goto(`/posts/${article.slug}`);
    const text = `Geschrieben, während die Datenbank fehlt (${Date.now()}).`;
    await reader.getByLabel("Kommentar", { exact: true }).fill(text);

    await site.database().stop();

    expect((await get(`/posts/${article.slug}`)).status).toBe(200);
    const page = await get(`/category/${article.categorySlug}`);
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBeTruthy();
    expect(await page.text()).toContain("Vorübergehend nicht erreichbar");

    const health = await get("/api/health");
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: "down" });

    const api = await fetch(`${site.baseUrl}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ articleId: article.id, body: text, idempotencyKey: `faults-${Date.now()}` }),
      signal: AbortSignal.timeout(15_000),
    });
    expect(api.status).toBe(503);
    expect((await api.json()).error).toContain(UNAVAILABLE);

    await reader.getByRole("button", { name: "Kommentar abschicken" }).click();
    await expect.poll(() => reader.getByText(UNAVAILABLE).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await reader.getByLabel("Kommentar", { exact: true }).inputValue()).toBe(text);
  });
});

describe("after the database is back", () => {
  it("recovers without a restart: pages, the kept comment, and the cache's change notifications", async () => {
    await site.startDatabase();
    await until(async () => (await get("/api/health")).status === 200, "health 200");
    // Connections the pool held before the outage fail once as they are replaced; within
    // seconds every page is served again, and stays so.
    await until(async () => (await get(`/category/${article.categorySlug}`)).status === 200, "category page 200");
    for (let i = 0; i < 3; i++) expect((await get(`/search?q=wiederda${i}`)).status).toBe(200);

    // The text the reader kept can now be sent again, from the same form.
    await reader.getByRole("button", { name: "Kommentar abschicken" }).click();
    await expect.poll(() => reader.getByText(UNAVAILABLE).isVisible(), { timeout: 15_000 }).toBe(false);
    await until(
      async () =>
        (await sql`select 1 from comments where article_id = ${article.id} and body like 'Geschrieben, während%'`)
          .length === 1,
      "comment stored",
    );

    // The front server's LISTEN connection re-subscribed: a change made in the database alone
    // (a trigger's NOTIFY) must empty the page cache. Twice, so that the one cache clearing
    // done on re-subscribing cannot pass for it.
    for (let round = 1; round <= 2; round++) {
      const title = `Neuer Titel ${round} ${Date.now()}`;
      await until(async () => {
        await (await get(`/posts/${article.slug}`)).arrayBuffer();
        await sql`update articles set title = ${title} where id = ${article.id}`;
        return (await (await get(`/posts/${article.slug}`)).text()).includes(title);
      }, "the cache to be cleared by a notification");
    }
  });
});

describe("with every database connection taken", () => {
  it("answers a page with 503 within the pool's wait instead of hanging", async () => {
    // Lock a table every reader page reads: the site's queries wait inside PostgreSQL.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const locked = new Promise<void>((ready) => {
      void sql.begin(async (tx) => {
        await tx`lock table categories in access exclusive mode`;
        ready();
        await held;
      });
    });
    await locked;
    try {
      const blocked = Array.from({ length: POOL_SIZE }, (_, i) => get(`/?blocked=${i}`).then((r) => r.status));
      await until(async () => {
        const [{ n }] = await sql<
          { n: number }[]
        >`select count(*)::int as n from pg_stat_activity where application_name = 'blattwerk' and wait_event_type = 'Lock'`;
        return n >= POOL_SIZE;
      }, "every pool connection waiting on the lock");
      const health = await get("/api/health");
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ database: "busy" });
      const page = await get("/?one-too-many");
      expect(page.status).toBe(503);
      expect(await page.text()).toContain("Vorübergehend nicht erreichbar");
      release();
      // The requests that held the connections answer too (each page runs several queries at
      // once, so some of them may also have given up waiting), and the next page works.
      await Promise.all(blocked);
      expect((await get("/?after-the-lock")).status).toBe(200);
    } finally {
      release();
    }
  });
});
