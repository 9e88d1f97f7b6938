// Caching by what a page shows, end to end: a site instance of its own (origin server and front
// cache, as `npm start` runs them), its pages warmed in the cache, then one kind of write at a
// time, made the way the site or an operator with psql makes it. Pages showing the change are
// fresh on the next request; pages that don't show it are still answered from the cache.
import { hash } from "@node-rs/argon2";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../bench/sign-in";
import { ARGON2_OPTIONS } from "../lib/password-policy";
import { startSiteInstance, type SiteInstance } from "./site-instance";

const PASSWORD = "cache-passwort-2026";

let site: SiteInstance;
let sql: postgres.Sql;
let readerCookie: string;
let readerId: string;
type Article = { id: number; slug: string; categoryId: number; categorySlug: string; authorId: string };
/** Two published articles in different categories that share no tag and are not neighbours. */
let shown: Article;
let other: Article;

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${site.baseUrl}${path}`, {
    headers,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  return {
    status: res.status,
    cache: res.headers.get("x-cache"),
    location: res.headers.get("location"),
    keys: res.headers.get("surrogate-key") ?? "",
    html: await res.text(),
  };
};

/** Loads each page until the cache answers it. */
async function warm(...paths: string[]) {
  for (const path of paths) await expect.poll(async () => (await get(path)).cache, { timeout: 10_000 }).toBe("HIT");
}

/** A write's purge arrives by NOTIFY, a moment after its commit. */
const eventually = <T>(probe: () => Promise<T>) => expect.poll(probe, { timeout: 10_000, interval: 100 });

async function article(where: postgres.PendingQuery<postgres.Row[]>): Promise<Article> {
  const [row] = await sql<Article[]>`
    select a.id, a.slug, a.category_id as "categoryId", c.slug as "categorySlug", a.author_id as "authorId"
    from articles a join categories c on c.id = a.category_id
    where a.status = 'published' and a.comments_open and ${where} order by a.published_at desc limit 1`;
  return row;
}

beforeAll(async () => {
  site = await startSiteInstance("cache-purge");
  sql = postgres(site.databaseUrl, { max: 2, onnotice: () => {} });
  shown = await article(sql`true`);
  other = await article(sql`a.category_id <> ${shown.categoryId} and a.author_id <> ${shown.authorId}
    and not exists (select 1 from article_tags x join article_tags y on x.tag_id = y.tag_id where x.article_id = a.id and y.article_id = ${shown.id})
    and a.id not in (select id from articles where status = 'published' order by published_at desc limit 3)`);
  readerId = crypto.randomUUID();
  const email = `cache-${Date.now()}@example.test`;
  await sql`insert into users (id, name, email, role, password_hash, email_verified) values (${readerId}, 'Cache Leserin', ${email}, 'reader', ${await hash(PASSWORD, ARGON2_OPTIONS)}, now())`;
  // An approved comment before: her next ones are published at once.
  await sql`insert into comments (article_id, author_id, body, status, created_at) values (${other.id}, ${readerId}, 'Ein früherer Kommentar.', 'approved', now() - interval '1 day')`;
  const result = await signIn(site.baseUrl, email, PASSWORD);
  if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.skipped}`);
  readerCookie = result.cookie;
}, 16 * 60_000);

afterAll(async () => {
  await sql?.end({ timeout: 1 });
  await site?.stop();
});

const page = (a: Article) => `/posts/${a.slug}`;
const category = (a: Article) => `/category/${a.categorySlug}`;

describe("a write refreshes exactly the pages that show it", () => {
  it("a refused POST purges nothing", async () => {
    await warm(page(shown), page(other), "/");
    const refused = await fetch(`${site.baseUrl}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(refused.status).toBe(401);
    const invalid = await fetch(`${site.baseUrl}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: readerCookie, origin: site.baseUrl },
      body: "{}",
    });
    expect(invalid.status).toBeGreaterThanOrEqual(400);
    for (const path of [page(shown), page(other), "/"]) expect((await get(path)).cache).toBe("HIT");
  });

  it("a comment posted through the site: its article, its comment feed and the lists with its count", async () => {
    await warm(page(shown), page(other), `${page(shown)}/comments.xml`, category(other));
    const body = `Frisch gepostet ${Date.now()}`;
    const posted = await fetch(`${site.baseUrl}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: readerCookie, origin: site.baseUrl },
      body: JSON.stringify({ articleId: shown.id, body, idempotencyKey: crypto.randomUUID() }),
    });
    expect(posted.status).toBe(201);
    expect((await get(page(shown))).html).toContain(body);
    expect((await get(`${page(shown)}/comments.xml`)).html).toContain(body);
    expect((await get(page(other))).cache).toBe("HIT");
    expect((await get(category(other))).cache).toBe("HIT");
  });

  it("comments approved, edited and deleted by moderation or psql", async () => {
    const [held] = await sql<{ id: number }[]>`
      insert into comments (article_id, author_id, body, status) values (${shown.id}, ${readerId}, ${`Wartet ${Date.now()}`}, 'pending') returning id`;
    await warm(page(shown), page(other));
    await sql`update comments set status = 'approved' where id = ${held.id}`;
    await eventually(async () => (await get(page(shown))).html).toMatch(/Wartet \d+/);
    await warm(page(shown));
    await sql`update comments set body = 'Nachträglich korrigiert.' where id = ${held.id}`;
    await eventually(async () => (await get(page(shown))).html).toContain("Nachträglich korrigiert.");
    await warm(page(shown));
    await sql`update comments set status = 'trash' where id = ${held.id}`;
    await eventually(async () => (await get(page(shown))).html).not.toContain("Nachträglich korrigiert.");
    expect((await get(page(other))).cache).toBe("HIT");
  });

  it("an article saved, renamed, published and unpublished", async () => {
    await warm(page(shown), page(other), category(other));
    expect((await get(page(other))).keys.split(" ")).not.toContain(`article:${shown.id}`);
    await sql`update articles set body = body || ${"\n\nEin neuer Absatz."}, updated_at = now() where id = ${shown.id}`;
    await eventually(async () => (await get(page(shown))).html).toContain("Ein neuer Absatz.");
    expect((await get(page(other))).cache).toBe("HIT");

    const oldPath = page(shown);
    await warm(oldPath);
    const renamed = `${shown.slug}-neu`;
    await sql`insert into article_slug_redirects (old_slug, article_id) values (${shown.slug}, ${shown.id})`;
    await sql`update articles set slug = ${renamed} where id = ${shown.id}`;
    await eventually(async () => (await get(oldPath)).status).toBe(301);
    shown.slug = renamed;
    expect((await get(page(shown))).status).toBe(200);

    await warm("/", category(shown), category(other));
    const [fresh] = await sql<{ slug: string }[]>`
      insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${`neu-${Date.now()}`}, 'Ganz neu erschienen', 'Kurz.', 'Text.', 'published', now(), ${shown.authorId}, ${shown.categoryId}) returning slug`;
    await eventually(async () => (await get("/")).html).toContain("Ganz neu erschienen");
    expect((await get(category(shown))).html).toContain("Ganz neu erschienen");
    expect((await get(category(other))).cache).toBe("HIT");

    await warm("/");
    await sql`update articles set status = 'draft' where slug = ${fresh.slug}`;
    await eventually(async () => (await get("/")).html).not.toContain("Ganz neu erschienen");
  });

  it("a scheduled article goes live at its time without any write", async () => {
    const at = new Date(Date.now() + 4_000);
    await sql`insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${`geplant-${Date.now()}`}, 'Pünktlich erschienen', 'Kurz.', 'Text.', 'scheduled', ${at}, ${shown.authorId}, ${shown.categoryId})`;
    await warm("/");
    const { html } = await get("/");
    expect(html).not.toContain("Pünktlich erschienen");
    await new Promise((r) => setTimeout(r, at.getTime() - Date.now() + 500));
    expect((await get("/")).html).toContain("Pünktlich erschienen");
  });

  it("categories, tags, sponsors and settings", async () => {
    await warm(page(shown), page(other));
    await sql`update categories set name = 'Umbenannte Rubrik' where id = ${other.categoryId}`;
    // The header menu shows every category: every page changes.
    await eventually(async () => (await get(page(shown))).html).toContain("Umbenannte Rubrik");

    const [tag] = await sql<
      { id: number }[]
    >`select tag_id as id from article_tags where article_id = ${shown.id} limit 1`;
    await warm(page(shown), page(other));
    await sql`update tags set name = 'Umbenanntes Schlagwort' where id = ${tag.id}`;
    await eventually(async () => (await get(page(shown))).html).toContain("Umbenanntes Schlagwort");
    expect((await get(page(other))).cache).toBe("HIT");

    await warm(page(other));
    await sql`insert into sponsors (title, text, url, position) values ('Neuer Sponsor', 'Werbung.', 'https://sponsor.example', 'sidebar')`;
    await eventually(async () => (await get(page(other))).html).toContain("Neuer Sponsor");

    await warm(page(other));
    await sql`insert into settings (key, value) values ('cache-test', '{}') on conflict (key) do update set value = excluded.value, updated_at = now()`;
    await eventually(async () => (await get(page(other))).cache).not.toBe("HIT");
  });

  it("a signed-in reader's pages are never kept by the cache", async () => {
    const first = await get(page(other), { cookie: readerCookie });
    const second = await get(page(other), { cookie: readerCookie });
    expect([first.cache, second.cache]).toEqual([null, null]);
    expect(second.keys).toBe("");
  });

  it("a user renamed, banned and deleted: the pages showing their name or comments", async () => {
    await warm(page(shown), page(other));
    await sql`update users set name = 'Leserin Umbenannt' where id = ${readerId}`;
    // She commented on both articles above.
    await eventually(async () => (await get(page(other))).html).toContain("Leserin Umbenannt");
    await warm(page(shown), page(other));
    await sql`update users set banned_at = now() where id = ${readerId}`;
    await eventually(async () => (await get(page(other))).cache).not.toBe("HIT");
    await warm(page(other));
    await sql`delete from users where id = ${readerId}`;
    await eventually(async () => (await get(page(other))).html).not.toContain("Leserin Umbenannt");
  });
});
