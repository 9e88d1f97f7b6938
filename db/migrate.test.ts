import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createFreshDatabase, dropDatabase } from "../tests/test-database";
import { migrateDatabase } from "./migrate";

const serverUrl = inject("serverUrl");
const NAME = `blattwerk_migrate_${process.pid}`;

describe("migrations", () => {
  afterAll(() => dropDatabase(serverUrl, NAME));

  it("build the whole schema on an empty database, also when two processes migrate at once", async () => {
    const url = await createFreshDatabase(serverUrl, NAME);
    await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    await migrateDatabase(url); // and again: nothing left to do

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const tables = await sql<{ table_name: string }[]>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining([
          "users",
          "accounts",
          "sessions",
          "verification_tokens",
          "categories",
          "tags",
          "article_tags",
          "articles",
          "comments",
          "moderation_events",
          "sponsors",
          "settings",
        ]),
      );
      const indexes = await sql<{ indexname: string }[]>`select indexname from pg_indexes where schemaname = 'public'`;
      expect(indexes.map((i) => i.indexname)).toEqual(
        expect.arrayContaining([
          "articles_visible_published_idx",
          "articles_visible_category_idx",
          "articles_visible_author_idx",
          "articles_author_published_idx",
          "article_tags_tag_idx",
          "comments_article_status_created_idx",
          "comments_author_idempotency_idx",
        ]),
      );
      const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(n).toBeGreaterThan(0);
    } finally {
      await sql.end();
    }
  });
});
