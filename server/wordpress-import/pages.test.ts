// WordPress pages → the site's static pages, against a real PostgreSQL in a database of its own
// (as import.test.ts): rows, old addresses, and a second import that changes nothing.
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

const FIXTURE = path.resolve(import.meta.dirname, "../../tests/fixtures/wordpress/pages.xml");
const NAME = `blattwerk_import_pages_${process.pid}`;
const serverUrl = inject("serverUrl");

let client: postgres.Sql;
let db: ImportDb;
let runWordpressImport: (typeof import("./run"))["runWordpressImport"];

beforeAll(async () => {
  const url = await createFreshDatabase(serverUrl, NAME);
  await migrateDatabase(url);
  // Before any module opens the site's client (db/client.ts reads DATABASE_URL once).
  process.env.DATABASE_URL = url;
  client = postgres(url, { max: 2, onnotice: () => {} });
  db = drizzle(client, { schema });
  ({ runWordpressImport } = await import("./run"));
});

afterAll(async () => {
  const { sql } = await import("@/db/client");
  await sql.end();
  await client.end();
  await dropDatabase(serverUrl, NAME);
});

async function fingerprint(): Promise<string> {
  const parts = [];
  for (const table of ["pages", "page_revisions", "page_slug_redirects", "legacy_redirects", "comments"]) {
    const [row] = await client.unsafe(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h from ${table} t`,
    );
    parts.push(`${table}:${row.n}:${row.h}`);
  }
  return parts.join("\n");
}

describe("WordPress import of pages", () => {
  it("imports pages as static pages, their comments skipped", async () => {
    const report = await runWordpressImport(db, FIXTURE, { keepImageUrls: true });
    expect(report.counts.pages).toEqual({ imported: 4, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
    expect(report.counts.posts.imported).toBe(0);
    expect(report.counts.comments).toMatchObject({ imported: 0, skipped: 1 });
    expect(report.problems).toContainEqual({
      kind: "comments",
      ref: "comments of page 8811",
      outcome: "skipped",
      reason: "pages have no comments on the site",
    });
    const notes = report.notes.map((n) => `${n.ref}: ${n.note}`);
    expect(notes).toContain('page 8813: slug "archive" belongs to the site: imported as "archive-2"');
    expect(notes).toContain("page 8814: private in WordPress: imported as a draft (the site has no private pages)");

    const rows = await client`select wp_id::int, slug, title, excerpt, body, status::text,
      published_at = '2021-03-01T11:00:00Z' as dated, published_at is null as undated from pages where wp_id is not null order by wp_id`;
    expect(rows.map((r) => [r.wp_id, r.slug, r.status])).toEqual([
      [8811, "ueber-uns", "published"],
      [8812, "kontakt-seite", "draft"],
      [8813, "archive-2", "published"],
      [8814, "intern", "draft"],
    ]);
    expect(rows[0]).toMatchObject({
      title: "Über uns",
      excerpt: "Wer wir sind.",
      body: "Wir sind ein **kleiner** Verein.\n\nSeit 1999.",
      dated: true,
    });
    expect(rows[1].undated).toBe(true);
    // The seeded legal pages are still there, untouched.
    const [legal] = await client`select count(*)::int as n from pages where system_key is not null`;
    expect(legal.n).toBe(2);
    const { getPublishedPageBySlug } = await import("@/server/pages/pages");
    expect((await getPublishedPageBySlug("ueber-uns"))?.title).toBe("Über uns");
    expect(await getPublishedPageBySlug("kontakt-seite")).toBeNull();
  });

  it("answers the pages' old addresses with /<slug>, but not a draft's", async () => {
    const { findLegacyRedirect } = await import("@/server/discovery/legacy-redirects");
    expect(await findLegacyRedirect("/verein/ueber-uns/")).toBe("/ueber-uns");
    expect(await findLegacyRedirect("/?page_id=8811")).toBe("/ueber-uns");
    expect(await findLegacyRedirect("/wir/")).toBe("/ueber-uns");
    expect(await findLegacyRedirect("/?page_id=8813")).toBe("/archive-2");
    expect(await findLegacyRedirect("/?page_id=8812")).toBeNull();
    expect(await findLegacyRedirect("/intern/")).toBeNull();
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await fingerprint();
    const report = await runWordpressImport(db, FIXTURE, { keepImageUrls: true });
    expect(report.counts.pages).toEqual({ imported: 0, updated: 0, unchanged: 4, skipped: 0, failed: 0 });
    expect(report.counts.redirects.imported + report.counts.redirects.updated).toBe(0);
    expect(await fingerprint()).toBe(before);
  });

  it("updates what a later export changed, keeping the replaced version and the old slug", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wxr-"));
    const later = path.join(dir, "later.xml");
    fs.writeFileSync(
      later,
      fs
        .readFileSync(FIXTURE, "utf8")
        .replace("<title><![CDATA[Über uns]]></title>", "<title><![CDATA[Über den Verein]]></title>")
        .replace(
          "<wp:post_name><![CDATA[ueber-uns]]></wp:post_name>",
          "<wp:post_name><![CDATA[verein]]></wp:post_name>",
        )
        .replace("https://seiten.example.com/verein/ueber-uns/", "https://seiten.example.com/verein/"),
    );
    const report = await runWordpressImport(db, later, { keepImageUrls: true });
    fs.rmSync(dir, { recursive: true });
    expect(report.counts.pages).toMatchObject({ updated: 1, unchanged: 3 });
    const [page] =
      await client`select p.id, p.slug, p.title, (select count(*)::int from page_revisions r where r.page_id = p.id) as revisions from pages p where wp_id = 8811`;
    expect(page).toMatchObject({ slug: "verein", title: "Über den Verein", revisions: 1 });
    const { findPageRedirect } = await import("@/server/pages/pages");
    expect(await findPageRedirect("ueber-uns")).toBe("verein");
    const { findLegacyRedirect } = await import("@/server/discovery/legacy-redirects");
    expect(await findLegacyRedirect("/?page_id=8811")).toBe("/verein");
  });
});
