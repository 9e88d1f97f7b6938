// Bulk generation of the bench dataset. Users, tags and article tags are generated inside
// PostgreSQL (insert … select generate_series); articles and comments are generated here and
// streamed with COPY, because their text and thread shapes are easier to build in code.
// Ids are assigned here (and the sequences moved past them afterwards) so that comments can
// reference their parents and articles without a round trip per row.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { hash } from "@node-rs/argon2";
import type postgres from "postgres";
import { demoCategories, demoSponsors, demoTags } from "../db/demo-content";
import { ARGON2_OPTIONS } from "../lib/password-policy";
import { BENCH_ADMIN, BENCH_PASSWORD, BENCH_READERS } from "./accounts";
import { articleThread, commentCounts } from "./threads";
import {
  articleBody,
  createBlockPool,
  createCommentPool,
  createRandom,
  excerptOf,
  pick,
  slugify,
  title,
  topicTags,
  type Random,
} from "./text";
import { FIRST_NAMES, LAST_NAMES } from "./word-lists";

export type SeedSize = { articles: number; comments: number; users: number; pendingShare: number };

const AUTHOR_EVERY = 100; // ~1% of the generated users write articles
const CHUNK = 5000; // articles per COPY: bounds memory and PostgreSQL's queue of foreign-key checks
const FIRST_DATE = Date.UTC(2012, 0, 1);

/** A valid-looking UUID derived from a number, so comments can name their author without a lookup. */
export const generatedUserId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** COPY's text format: tab-separated, backslash escapes, \N for null. */
function copyField(value: string | number | boolean | Date | null): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

const copyLine = (values: (string | number | boolean | Date | null)[]) => `${values.map(copyField).join("\t")}\n`;

async function copyInto(sql: postgres.Sql, table: string, columns: string[], lines: Iterable<string>): Promise<void> {
  const writable = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  // Batches of lines: one stream chunk per row would spend more time in stream plumbing than in PostgreSQL.
  function* batches() {
    let batch = "";
    for (const line of lines) {
      batch += line;
      if (batch.length > 256 * 1024) {
        yield batch;
        batch = "";
      }
    }
    if (batch) yield batch;
  }
  await pipeline(Readable.from(batches()), writable);
}

export async function seedUsers(
  sql: postgres.Sql,
  count: number,
): Promise<{ authorIds: string[]; readerIds: string[] }> {
  await sql`
    insert into users (id, name, email, slug, role, email_verified, created_at)
    select '00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'),
           (${FIRST_NAMES}::text[])[1 + (n * 7) % ${FIRST_NAMES.length}] || ' ' || (${LAST_NAMES}::text[])[1 + (n * 13) % ${LAST_NAMES.length}],
           'nutzer-' || n || '@example.net',
           'nutzer-' || n,
           (case when n = 1 then 'admin' when n % ${AUTHOR_EVERY} = 0 then 'author' else 'reader' end)::role,
           now() - make_interval(days => n % 4000),
           now() - make_interval(days => n % 4000)
    from generate_series(1, ${count}::int) n
    on conflict do nothing`;
  const authorIds: string[] = [];
  const readerIds: string[] = [];
  for (let n = 1; n <= count; n++) (n === 1 || n % AUTHOR_EVERY === 0 ? authorIds : readerIds).push(generatedUserId(n));
  return { authorIds, readerIds };
}

/** The demo's categories and tags plus generated tags; existing rows (demo mode) are kept. */
export async function seedTaxonomy(sql: postgres.Sql): Promise<{ categoryIds: number[]; tagIds: number[] }> {
  const categories = demoCategories.map((c, position) => ({ ...c, position }));
  await sql`insert into categories ${sql(categories, "slug", "name", "description", "position")} on conflict (slug) do nothing`;
  const words = topicTags();
  const names = [
    ...demoTags.map((t) => t.name),
    ...words,
    ...words.flatMap((w) => ["Praxis", "Grundlagen", "Werkzeuge", "Recht", "Trends"].map((s) => `${w}: ${s}`)),
  ];
  const tags = [...new Map(names.map((name) => [slugify(name), { slug: slugify(name), name }])).values()];
  await sql`insert into tags ${sql(tags, "slug", "name")} on conflict (slug) do nothing`;
  await sql`select setval(pg_get_serial_sequence('categories', 'id'), (select max(id) from categories))`;
  await sql`select setval(pg_get_serial_sequence('tags', 'id'), (select max(id) from tags))`;
  const [sponsors] = await sql<{ n: number }[]>`select count(*)::int as n from sponsors`;
  const sponsorRows = demoSponsors.map((s) => ({
    title: s.title,
    text: s.text,
    url: s.url,
    position: s.position,
    sort_order: s.sortOrder,
  }));
  if (sponsors.n === 0) await sql`insert into sponsors ${sql(sponsorRows)}`;
  const categoryIds = (await sql<{ id: number }[]>`select id from categories order by id`).map((r) => r.id);
  const tagIds = (await sql<{ id: number }[]>`select id from tags order by id`).map((r) => r.id);
  return { categoryIds, tagIds };
}

type ArticleMeta = { id: number; publishedAt: Date; authorId: string };

function* articleLines(random: Random, meta: ArticleMeta[], categoryIds: number[], pool: string[]) {
  for (const a of meta) {
    const heading = title(random);
    const body = articleBody(random, pool);
    const closed = random() < 0.05;
    yield copyLine([
      a.id,
      `${slugify(heading)}-${a.id}`,
      heading,
      excerptOf(body),
      body,
      "published",
      a.publishedAt,
      a.publishedAt,
      a.publishedAt,
      a.authorId,
      pick(random, categoryIds),
      !closed,
    ]);
  }
}

export async function seedBenchAccounts(sql: postgres.Sql): Promise<void> {
  // One hash for all bench accounts: argon2id is deliberately slow, and they share a password.
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2_OPTIONS);
  const accounts = [BENCH_ADMIN, ...BENCH_READERS].map((email, i) => ({
    id: `00000000-0000-4000-9000-${String(i + 1).padStart(12, "0")}`,
    name: i === 0 ? "Bench Admin" : `Bench Leser ${i}`,
    email,
    slug: email.split("@")[0],
    role: i === 0 ? "admin" : "reader",
    password_hash: passwordHash,
    email_verified: new Date(),
  }));
  await sql`insert into users ${sql(accounts)} on conflict do nothing`;
}

export type SeedProgress = (message: string) => void;

/** Articles and their comments, chunk by chunk; returns the number of comments written. */
export async function seedArticlesAndComments(
  sql: postgres.Sql,
  size: SeedSize,
  people: { authorIds: string[]; readerIds: string[] },
  categoryIds: number[],
  progress: SeedProgress,
): Promise<number> {
  const random = createRandom(20260101);
  const pool = createBlockPool(random);
  const bodies = createCommentPool(random);
  const [{ articleBase, commentBase }] = await sql<{ articleBase: number; commentBase: number }[]>`
    select coalesce((select max(id) from articles), 0)::int as "articleBase", coalesce((select max(id) from comments), 0)::int as "commentBase"`;
  const counts = commentCounts(random, size.articles, size.comments);
  const now = new Date();
  const span = now.getTime() - 86_400_000 - FIRST_DATE;
  let nextComment = commentBase + 1;
  for (let from = 0; from < size.articles; from += CHUNK) {
    const meta: ArticleMeta[] = [];
    for (let i = from; i < Math.min(size.articles, from + CHUNK); i++) {
      const jitter = (random() - 0.5) * (span / size.articles);
      meta.push({
        id: articleBase + 1 + i,
        publishedAt: new Date(FIRST_DATE + (span * (i + 0.5)) / size.articles + jitter),
        authorId: pick(random, people.authorIds),
      });
    }
    await copyInto(
      sql,
      "articles",
      [
        "id",
        "slug",
        "title",
        "excerpt",
        "body",
        "status",
        "published_at",
        "created_at",
        "updated_at",
        "author_id",
        "category_id",
        "comments_open",
      ],
      articleLines(random, meta, categoryIds, pool),
    );
    function* commentLines() {
      for (const a of meta) {
        const thread = articleThread(random, {
          firstId: nextComment,
          count: counts[a.id - articleBase - 1],
          publishedAt: a.publishedAt,
          now,
          articleAuthorId: a.authorId,
          readerIds: people.readerIds,
          bodies,
          pendingShare: size.pendingShare,
        });
        nextComment += thread.length;
        for (const c of thread)
          yield copyLine([c.id, a.id, c.parentId, c.authorId, c.body, c.status, c.createdAt, c.createdAt]);
      }
    }
    await copyInto(
      sql,
      "comments",
      ["id", "article_id", "parent_id", "author_id", "body", "status", "created_at", "updated_at"],
      commentLines(),
    );
    progress(`${Math.min(size.articles, from + CHUNK)} articles, ${nextComment - commentBase - 1} comments`);
  }
  await sql`select setval(pg_get_serial_sequence('articles', 'id'), (select max(id) from articles))`;
  await sql`select setval(pg_get_serial_sequence('comments', 'id'), greatest(1, (select max(id) from comments)))`;
  return nextComment - commentBase - 1;
}

/** Two to five tags per generated article, spread over all tags. */
export async function seedArticleTags(sql: postgres.Sql, tagIds: number[], firstArticleId: number): Promise<void> {
  await sql`
    insert into article_tags (article_id, tag_id)
    select a.id, (${tagIds}::int[])[1 + ((a.id * 37 + k * 101) % ${tagIds.length})]
    from articles a, generate_series(1, 2 + a.id % 4) k
    where a.id >= ${firstArticleId}
    on conflict do nothing`;
}
