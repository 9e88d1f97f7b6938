// The WordPress import against a real PostgreSQL: a database of its own (the shared test
// database keeps the demo content other files count on), which the site's modules below
// use too, so the reader's and moderator's queries see what the import wrote.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { createFreshDatabase, dropDatabase } from "@/tests/test-database";
import type { ImportDb } from "./context";

const SHARED_EXPORT = path.resolve(import.meta.dirname, "../../../shared/wordpress/export-posts.xml");
const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/wordpress");
const NAME = `blattwerk_import_${process.pid}`;
const serverUrl = inject("serverUrl");

let client: postgres.Sql;
let db: ImportDb;
// Loaded after DATABASE_URL points at this file's database: the importer's image storage
// opens the site's client (db/client.ts), which reads the URL once.
let runWordpressImport: (typeof import("./run"))["runWordpressImport"];
let isWxrRefusal: (typeof import("./run"))["isWxrRefusal"];
let WXR_REFUSALS: (typeof import("./run"))["WXR_REFUSALS"];

beforeAll(async () => {
  const url = await createFreshDatabase(serverUrl, NAME);
  await migrateDatabase(url);
  // Before any module opens the site's client (db/client.ts reads DATABASE_URL once).
  process.env.DATABASE_URL = url;
  client = postgres(url, { max: 2, onnotice: () => {} });
  db = drizzle(client, { schema });
  ({ runWordpressImport, isWxrRefusal, WXR_REFUSALS } = await import("./run"));
});

afterAll(async () => {
  const { sql } = await import("@/db/client");
  await sql.end();
  await client.end();
  await dropDatabase(serverUrl, NAME);
});

/** Every row of every table the import may touch, as one comparable value. */
async function fingerprint(): Promise<string> {
  const tables = [
    "users",
    "categories",
    "tags",
    "articles",
    "article_tags",
    "article_revisions",
    "article_slug_redirects",
    "taxonomy_slug_redirects",
    "comments",
    "comment_status_counts",
    "legacy_redirects",
    "pages",
    "page_revisions",
    "page_slug_redirects",
    "import_reports",
  ];
  const parts = [];
  for (const table of tables) {
    const [row] = await client.unsafe(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h from ${table} t`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join("\n");
}

async function refusal(file: string): Promise<string> {
  try {
    await runWordpressImport(db, file);
  } catch (error) {
    if (isWxrRefusal(error))
      return Object.entries(WXR_REFUSALS).find(([, key]) => key === error.publicKey)?.[0] ?? error.publicKey;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

describe("WordPress import", () => {
  it("refuses a truncated, malformed, foreign or non-XML file and changes nothing", async () => {
    const before = await fingerprint();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wxr-"));
    const truncated = path.join(dir, "truncated.xml");
    fs.writeFileSync(truncated, fs.readFileSync(SHARED_EXPORT).subarray(0, 120_000));
    const text = path.join(dir, "text.xml");
    fs.writeFileSync(text, "Das ist kein XML.\n");
    expect(await refusal(truncated)).toBe("truncated");
    expect(await refusal(path.join(FIXTURES, "malformed.xml"))).toBe("not_xml");
    expect(await refusal(path.join(FIXTURES, "not-wxr.xml"))).toBe("not_wxr");
    expect(await refusal(text)).toBe("not_xml");
    fs.rmSync(dir, { recursive: true });
    expect(await fingerprint()).toBe(before);
  });

  it("writes nothing on a dry run, but reports what it would do", async () => {
    const before = await fingerprint();
    const report = await runWordpressImport(db, SHARED_EXPORT, { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.counts.posts.imported).toBe(25);
    expect(report.counts.comments.imported).toBe(112);
    expect(await fingerprint()).toBe(before);
  });

  it("imports the shared export with the counts its README lists", async () => {
    const report = await runWordpressImport(db, SHARED_EXPORT);
    expect(report.counts.authors).toMatchObject({ imported: 5, failed: 0 });
    expect(report.counts.posts).toEqual({ imported: 25, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(report.counts.comments).toEqual({ imported: 112, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    // The shared export has no pages.
    expect(report.counts.pages).toEqual({ imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(report.wxrVersion).toBe("1.2");

    const status =
      await client`select status::text, count(*)::int as n from articles where wp_id is not null group by status order by status`;
    expect(Object.fromEntries(status.map((r) => [r.status, r.n]))).toEqual({ published: 21, draft: 3, scheduled: 1 });
    const [sticky] = await client`select count(*)::int as n from articles where sticky`;
    expect(sticky.n).toBe(1);
    // Readers see it first on the home page, whatever its date.
    const { listPublishedArticles } = await import("@/server/articles/articles");
    const [stickyRow] = await client`select id from articles where sticky`;
    const home = (await listPublishedArticles(1)).items;
    expect(home[0].id).toBe(stickyRow.id);
    expect(home.filter((a) => a.id === stickyRow.id)).toHaveLength(1);
    const [authors] =
      await client`select count(*)::int as n from users where wp_id is not null and role = 'author' and password_hash is null`;
    expect(authors.n).toBe(5);

    const byStatus =
      await client`select status::text, count(*)::int as n from comments group by status order by status`;
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({ approved: 99, pending: 10, trash: 3 });
    const [shape] = await client`select count(*) filter (where parent_id is not null)::int as replies,
      count(*) filter (where author_id is not null)::int as registered,
      count(*) filter (where author_id is null and guest_name is not null)::int as guests from comments`;
    expect(shape).toEqual({ replies: 35, registered: 37, guests: 75 });
    // The statement-level triggers of migration 0006 kept the moderation tabs' counters right.
    const counted =
      await client`select status::text, sum(count)::int as n from comment_status_counts group by status having sum(count) <> 0 order by status`;
    expect(Object.fromEntries(counted.map((r) => [r.status, r.n]))).toEqual({ approved: 99, pending: 10, trash: 3 });
  });

  it("shows readers the threads with the guests' names, and pending comments only to moderators", async () => {
    const { listComments } = await import("@/server/comments/comments");
    const { listModerationQueue, countCommentsByStatus } = await import("@/server/moderation/moderation");
    const [article] = await client`select id from articles where wp_id = 8`;
    const page = await listComments(article.id, 1, null);
    const peter = page.threads.find((t) => t.authorName === "Peter")!;
    expect(peter.authorDeleted).toBe(false);
    expect(peter.replies.map((r) => [r.authorName, r.authorUrl])).toEqual([
      ["Jürgen W.", "http://juergen.example.net/"],
    ]);
    const [mine] =
      await client`select c.id, c.article_id, u.name from comments c join users u on u.id = c.author_id where c.status = 'approved' and c.parent_id is null order by c.id limit 1`;
    const registered = (await listComments(mine.article_id, 1, null)).threads.find((t) => t.id === mine.id)!;
    // A registered commenter is shown by the account's name, without a guest's website.
    expect([registered.authorName, registered.authorUrl]).toEqual([mine.name, null]);

    const [pending] = await client`select c.id, c.article_id from comments c where c.status = 'pending' limit 1`;
    const shown = (await listComments(pending.article_id, 1, null)).threads.flatMap(function all(t): number[] {
      return [t.id, ...t.replies.flatMap(all)];
    });
    expect(shown).not.toContain(pending.id);
    const [admin] =
      await client`insert into users (id, name, email, role) values (gen_random_uuid()::text, 'Admin', 'admin@import.test', 'admin') returning id`;
    const mod = { id: admin.id as string, role: "admin" as const };
    const queue = await listModerationQueue(mod, { status: "pending" });
    expect(queue.rows.map((r) => r.id)).toContain(pending.id);
    expect((await countCommentsByStatus(mod)).pending).toBe(10);
  });

  it("answers old addresses with the new ones", async () => {
    const { findLegacyRedirect } = await import("@/server/discovery/legacy-redirects");
    const target = "/posts/passwoerter-laenge-schlaegt-komplexitaet";
    expect(await findLegacyRedirect("/passwoerter-laenge-schlaegt-komplexitaet/")).toBe(target);
    expect(await findLegacyRedirect("/passwoerter-laenge-schlaegt-komplexitaet")).toBe(target);
    expect(await findLegacyRedirect("/?p=18")).toBe(target);
    expect(await findLegacyRedirect("/passwort-tipps/")).toBe(target);
    expect(await findLegacyRedirect("/passwoerter-laenge-schlaegt-komplexitaet/feed/")).toBe(`${target}/comments.xml`);
    expect(await findLegacyRedirect("/feed/")).toBe("/feed.xml");
    expect(await findLegacyRedirect("/comments/feed/")).toBe("/feed.xml");
    expect(await findLegacyRedirect("/category/software/feed/")).toBe("/category/software/feed.xml");
    expect(await findLegacyRedirect("/2025/06/")).toBe("/archive/2025/06");
    // A draft's "?p=<id>" does not give its slug away; unknown paths stay unknown.
    const [draft] = await client`select wp_id from articles where status = 'draft' and wp_id is not null limit 1`;
    expect(await findLegacyRedirect(`/?p=${draft.wp_id}`)).toBeNull();
    expect(await findLegacyRedirect("/gibt-es-nicht/")).toBeNull();
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await fingerprint();
    const report = await runWordpressImport(db, SHARED_EXPORT);
    expect(report.counts.posts).toEqual({ imported: 0, updated: 0, unchanged: 25, skipped: 0, failed: 0 });
    expect(report.counts.comments).toEqual({ imported: 0, updated: 0, unchanged: 112, skipped: 0, failed: 0 });
    expect(report.counts.redirects.imported + report.counts.redirects.updated).toBe(0);
    // Only the new report row differs.
    const strip = (f: string) =>
      f
        .split("\n")
        .filter((l) => !l.startsWith("import_reports"))
        .join("\n");
    expect(strip(await fingerprint())).toBe(strip(before));
  });

  it("updates what a later export changed, keeping the replaced version", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wxr-"));
    const later = path.join(dir, "later.xml");
    const original = fs.readFileSync(SHARED_EXPORT, "utf8");
    fs.writeFileSync(
      later,
      original
        .replace(
          "<title><![CDATA[Warum ich meine E-Mails nur noch zweimal am Tag lese]]></title>",
          "<title><![CDATA[Warum ich E-Mails nur zweimal am Tag lese]]></title>",
        )
        .replace("<![CDATA[Danke dir!]]>", "<![CDATA[Danke dir, wirklich!]]>"),
    );
    const report = await runWordpressImport(db, later);
    fs.rmSync(dir, { recursive: true });
    expect(report.counts.posts).toMatchObject({ updated: 1, unchanged: 24 });
    expect(report.counts.comments).toMatchObject({ updated: 1, unchanged: 111 });
    const [article] =
      await client`select a.title, (select count(*)::int from article_revisions r where r.article_id = a.id) as revisions from articles a where wp_id = 8`;
    expect(article).toEqual({ title: "Warum ich E-Mails nur zweimal am Tag lese", revisions: 1 });
  });

  it("imports classic posts and pages, skips attachments and menus, and reports a broken post without stopping", async () => {
    const report = await runWordpressImport(db, path.join(FIXTURES, "classic.xml"), { skipPings: true });
    expect(report.counts.posts).toMatchObject({ imported: 2, failed: 1 });
    expect(report.problems).toContainEqual({
      kind: "posts",
      ref: "post 9304",
      outcome: "failed",
      reason: 'invalid date "2019-02-30 09:00:00"',
    });
    // The site's own (draft) Impressum keeps its slug: the imported one gets a suffix.
    expect(report.counts.pages).toMatchObject({ imported: 1, skipped: 0 });
    expect(report.notes).toContainEqual({
      ref: "page 9302",
      note: 'slug "impressum" was taken: imported as "impressum-2"',
    });
    expect(report.counts.attachments.skipped).toBe(1);
    expect(report.counts.other.skipped).toBe(1);
    // --skip-pings: the pingback and the trackback are left out and said so.
    expect(report.counts.comments).toMatchObject({ imported: 1, skipped: 2 });
    expect(report.media).toContain("https://klassik.example.com/wp-content/uploads/2019/08/pass.jpg");
    expect(report.notes.map((n) => n.note)).toContain("shortcode [contact-form-7] kept as text");

    const [post] =
      await client`select body, excerpt, comments_open, published_at = '2019-08-14T16:00:00Z' as dated from articles where wp_id = 9301`;
    expect(post.comments_open).toBe(false);
    expect(post.excerpt).toBe("Der Aufstieg begann früh am Morgen. Noch vor sechs Uhr.");
    expect(post.body).toContain("| Tal – Hütte | 3 |");
    expect(post.dated).toBe(true);
    const [guest] = await client`select guest_name, guest_url, body from comments where wp_id = 9501`;
    // A javascript: address is no website.
    expect(guest).toEqual({
      guest_name: "Bergfreund",
      guest_url: null,
      body: "Tolle Tour!\n\nSiehe meine Tour (https://example.net/tour) & mehr.",
    });
    const [category] =
      await client`select c.description, p.slug as parent from categories c join categories p on p.id = c.parent_id where c.slug = 'alpen-klassik'`;
    expect(category).toEqual({ description: null, parent: "reisen-klassik" });
    // Readers see the hierarchy: the parent in the subcategory's breadcrumb, the subcategories on the parent's page.
    const { getCategoryBySlug } = await import("@/server/articles/articles");
    expect((await getCategoryBySlug("alpen-klassik"))?.parent).toMatchObject({
      slug: "reisen-klassik",
      name: "Reisen",
    });
    expect((await getCategoryBySlug("reisen-klassik"))?.children).toEqual([
      expect.objectContaining({ slug: "alpen-klassik", name: "Alpen" }),
    ]);
    const [draft] =
      await client`select status::text, published_at = '2020-03-29T01:30:00Z' as dated from articles where wp_id = 9305`;
    // No GMT date: the local one, read in the blog's time zone (Europe/Berlin, summer time).
    expect(draft).toEqual({ status: "draft", dated: true });

    const { findLegacyRedirect } = await import("@/server/discovery/legacy-redirects");
    expect(await findLegacyRedirect("/2019/08/14/ueber-den-pass/")).toBe("/posts/ueber-den-pass");
    expect(await findLegacyRedirect("/2019/08/14/pass-bericht/")).toBe("/posts/ueber-den-pass");
    expect(await findLegacyRedirect("/category/reisen-klassik/alpen-klassik/")).toBe("/category/alpen-klassik");
    const { findTaxonomyRedirect } = await import("@/server/articles/slug-redirects");
    expect(await findTaxonomyRedirect("tag", "hütte")).toBe("huette");
  });

  it("reads WXR 1.0", async () => {
    const report = await runWordpressImport(db, path.join(FIXTURES, "wxr-1.0.xml"));
    expect(report.wxrVersion).toBe("1.0");
    expect(report.counts.posts.imported).toBe(1);
    expect(report.counts.comments.imported).toBe(1);
    const tags =
      await client`select t.slug from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id where a.wp_id = 7001`;
    expect(tags.map((t) => t.slug)).toEqual(["erster-beitrag-alt"]);
    const [post] =
      await client`select body, u.name from articles a join users u on u.id = a.author_id where a.wp_id = 7001`;
    expect(post).toEqual({ body: "Willkommen im _alten_ Blog.\n\nZweiter Absatz.", name: "altadmin" });
  });
});
