import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type postgres from "postgres";
import { demoArticles } from "../db/demo-content";
import { expect, test } from "./fixtures";

// Sitemap, robots.txt and feeds: every document parses, has its required elements and lists
// only what readers may see. Rows a test adds carry unique slugs and are removed again.

const internet = demoArticles.find((a) => a.slug === "heimnetzwerk-einrichten")!;
const unique = () => randomUUID().slice(0, 8);
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}${u.hash}`;
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["item", "entry", "url", "sitemap", "link", "category"].includes(name),
});

async function fetchXml(request: APIRequestContext, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toMatch(contentType);
  const body = await response.text();
  expect(XMLValidator.validate(body), path).toBe(true);
  return { body, doc: xml.parse(body) as Record<string, unknown> };
}

type RssItem = { title: string; link: string; guid: unknown; pubDate: string; description?: string };
type AtomEntry = { id: string; title: unknown; updated: string; link: { "@href": string }[] };

async function readRss(request: APIRequestContext, path: string) {
  const { body, doc } = await fetchXml(request, path, /^application\/rss\+xml; charset=utf-8$/);
  const channel = (doc.rss as { channel: Record<string, unknown> & { item?: RssItem[] } }).channel;
  expect(channel.title, path).toBeTruthy();
  expect(channel.link, path).toBeTruthy();
  expect(channel.description, path).toBeTruthy();
  const items = channel.item ?? [];
  for (const item of items) {
    for (const name of ["title", "link", "guid", "pubDate"] as const)
      expect(item[name], `${path} item ${name}`).toBeTruthy();
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
  return { body, links: items.map((item) => pathOf(item.link)) };
}

async function readAtom(request: APIRequestContext, path: string) {
  const { body, doc } = await fetchXml(request, path, /^application\/atom\+xml; charset=utf-8$/);
  const feed = doc.feed as Record<string, unknown> & { entry?: AtomEntry[] };
  for (const name of ["id", "title", "updated"]) expect(feed[name], `${path} ${name}`).toBeTruthy();
  const entries = feed.entry ?? [];
  for (const entry of entries) {
    for (const name of ["id", "title", "updated"] as const) expect(entry[name], `${path} entry ${name}`).toBeTruthy();
    expect(entry.link[0]["@href"]).toBeTruthy();
  }
  return { body, links: entries.map((entry) => pathOf(entry.link[0]["@href"])) };
}

/** A category, a tag and three articles (published, draft, scheduled in the future) with comments. */
async function createFixtureContent(sql: postgres.Sql) {
  const id = unique();
  const [author] = await sql<
    { id: string; slug: string }[]
  >`select id, slug from users where email = 'autor@example.com'`;
  const [reader] = await sql<{ id: string }[]>`select id from users where email = 'leser@example.com'`;
  const [category] = await sql<
    { id: number; slug: string }[]
  >`insert into categories (slug, name) values (${`seo-kat-${id}`}, ${`SEO-Kategorie ${id}`}) returning id, slug`;
  const [tag] = await sql<
    { id: number; slug: string }[]
  >`insert into tags (slug, name) values (${`seo-tag-${id}`}, ${`SEO-Tag ${id}`}) returning id, slug`;
  const insert = async (kind: string, status: string, publishedAt: string) => {
    const [row] = await sql<{ id: number; slug: string }[]>`
      insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${`seo-${kind}-${id}`}, ${`SEO ${kind} ${id}`}, 'Kurz & knapp.', 'Text mit <Sonderzeichen> & „Zitaten“.', ${status}::article_status, ${publishedAt}::timestamptz, ${author.id}, ${category.id})
      returning id, slug`;
    await sql`insert into article_tags (article_id, tag_id) values (${row.id}, ${tag.id})`;
    return row;
  };
  // Old enough to stay off the first pages other specs look at.
  const published = await insert("veroeffentlicht", "published", "2020-03-10T10:00:00Z");
  const draft = await insert("entwurf", "draft", "2020-03-11T10:00:00Z");
  const scheduled = await insert("geplant", "scheduled", "2099-01-01T10:00:00Z");
  const comment = (status: string, body: string) =>
    sql`insert into comments (article_id, author_id, body, status, idempotency_key) values (${published.id}, ${reader.id}, ${body}, ${status}::comment_status, ${randomUUID()})`;
  await comment("approved", `Freigegeben ${id}`);
  await comment("pending", `Wartet-${id}`);
  await comment("spam", `Spam-${id}`);
  const cleanup = async () => {
    await sql`delete from articles where slug like ${`seo-%-${id}`}`;
    await sql`delete from categories where id = ${category.id}`;
    await sql`delete from tags where id = ${tag.id}`;
  };
  return { id, author, category, tag, published, draft, scheduled, cleanup };
}

test.describe("sitemap, robots.txt and feeds", () => {
  test("robots.txt keeps private paths out and points to the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    for (const path of ["/dashboard", "/account", "/signin", "/signup", "/search", "/api"]) {
      expect(text).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
    }
    expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });

  test("the sitemap and every feed parse, have their required elements, and hide what readers cannot see", async ({
    page,
    request,
    sql,
  }) => {
    const content = await createFixtureContent(sql);
    try {
      const hidden = [content.draft.slug, content.scheduled.slug];
      const published = `/posts/${content.published.slug}`;

      // The front server drops its cache on the content change; poll until it has.
      await expect.poll(async () => (await request.get("/sitemap.xml")).text()).toContain(published);
      const { doc: sitemap } = await fetchXml(request, "/sitemap.xml", /^application\/xml/);
      const urls = ((sitemap.urlset as { url: { loc: string; lastmod?: string }[] }).url ?? []).map((u) => ({
        ...u,
        path: pathOf(u.loc),
      }));
      for (const path of [
        "/",
        published,
        `/category/${content.category.slug}`,
        `/tag/${content.tag.slug}`,
        `/posts/${internet.slug}`,
      ]) {
        expect(urls.map((u) => u.path)).toContain(path);
      }
      expect(urls.find((u) => u.path === published)?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      for (const slug of [...hidden, ...demoArticles.filter((a) => a.status !== "published").map((a) => a.slug)]) {
        expect(urls.map((u) => u.path)).not.toContain(`/posts/${slug}`);
      }

      // Each page announces its feeds; every announced feed is valid and complete.
      const pages = [
        "/",
        `/category/${content.category.slug}`,
        `/tag/${content.tag.slug}`,
        `/author/${content.author.slug}`,
        published,
      ];
      const checked = new Set<string>();
      for (const path of pages) {
        await page.goto(path);
        const rss = await page
          .locator('link[rel="alternate"][type="application/rss+xml"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
        const atom = await page
          .locator('link[rel="alternate"][type="application/atom+xml"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
        expect(rss.length, path).toBeGreaterThan(path === "/" ? 0 : 1);
        for (const href of rss.map(pathOf)) {
          if (checked.has(href)) continue;
          checked.add(href);
          const feed = await readRss(request, href);
          for (const slug of hidden) expect(feed.body, href).not.toContain(slug);
          expect(feed.body).not.toContain(`Wartet-${content.id}`);
          expect(feed.body).not.toContain(`Spam-${content.id}`);
        }
        for (const href of atom.map(pathOf)) {
          if (checked.has(href)) continue;
          checked.add(href);
          const feed = await readAtom(request, href);
          for (const slug of hidden) expect(feed.body, href).not.toContain(slug);
        }
      }
      for (const kind of ["category", "tag"] as const) {
        const slug = content[kind].slug;
        expect(checked).toContain(`/${kind}/${slug}/feed.xml`);
        expect(checked).toContain(`/${kind}/${slug}/atom.xml`);
        expect((await readRss(request, `/${kind}/${slug}/feed.xml`)).links).toEqual([published]);
        expect((await readAtom(request, `/${kind}/${slug}/atom.xml`)).links).toEqual([published]);
      }
      expect(checked).toContain(`/author/${content.author.slug}/feed.xml`);
      const comments = await readRss(request, `${published}/comments.xml`);
      expect(comments.links).toHaveLength(1);
      expect(comments.body).toContain(`Freigegeben ${content.id}`);
      expect((await request.get(`/posts/${content.draft.slug}/comments.xml`)).status()).toBe(404);
      expect((await request.get(`/posts/${content.scheduled.slug}/comments.xml`)).status()).toBe(404);
      expect((await request.get("/category/gibt-es-nicht/feed.xml")).status()).toBe(404);
    } finally {
      await content.cleanup();
    }
  });
});
