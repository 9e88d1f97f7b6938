// The queries behind the reader pages and the moderation queue must be answerable from
// indexes. The test database is small, where PostgreSQL rightly prefers sequential scans, so
// the plans are taken with enable_seqscan off: a sequential scan of articles or comments that
// remains then has no index to use. (On the 1M-comment bench dataset the same queries run
// on these indexes by themselves; see README, Performance.)
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

type Captured = { query: string; params: unknown[] };
const captured: Captured[] = [];

vi.mock("@/db/client", async () => {
  const schema = await import("@/db/schema");
  // A real client on the test database that also records every statement it sends.
  const sql = postgres(inject("databaseUrl"), {
    max: 2,
    onnotice: () => {},
    debug: (_connection, query, params) => captured.push({ query, params: params as unknown[] }),
  });
  return { sql, db: drizzle(sql, { schema }) };
});

const {
  listPublishedArticles,
  listArticlesByCategory,
  listArticlesByTag,
  listArticlesByAuthor,
  getPublishedArticleBySlug,
} = await import("@/server/articles/articles");
const { listComments } = await import("@/server/comments/comments");
const { searchArticles } = await import("@/server/discovery/search");
const { listModerationQueue, countCommentsByStatus } = await import("@/server/moderation/moderation");
const { getAdjacentArticles, listArchiveMonths, listArticlesByMonth, listRelatedArticles } =
  await import("@/server/articles/article-navigation");
const { sql: appSql } = await import("@/db/client");

const planner = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });
afterAll(async () => {
  await planner.end();
  await appSql.end();
});

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };
function seqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

async function plansOf(run: () => Promise<unknown>): Promise<{ query: string; scans: string[] }[]> {
  captured.length = 0;
  await run();
  const statements = captured.filter(
    (c) => /\b(articles|comments)\b/.test(c.query) && /^\s*(select|with)/i.test(c.query),
  );
  expect(statements.length).toBeGreaterThan(0);
  return planner.begin(async (tx) => {
    await tx`set local enable_seqscan = off`;
    const result = [];
    for (const s of statements) {
      const [row] = await tx.unsafe(`explain (format json) ${s.query}`, s.params as postgres.ParameterOrJSON<never>[]);
      const plan = (row["QUERY PLAN"] as { Plan: PlanNode }[])[0].Plan;
      result.push({
        query: s.query.slice(0, 120),
        scans: seqScans(plan).filter((r) => r === "articles" || r === "comments"),
      });
    }
    return result;
  });
}

const cases: [string, () => Promise<unknown>][] = [
  ["home", () => listPublishedArticles(1)],
  ["category archive", () => listArticlesByCategory("internet", 1)],
  ["tag archive", () => listArticlesByTag("netzwerk", 1)],
  ["author archive", () => listArticlesByAuthor("julia-berger", 1)],
  ["article", () => getPublishedArticleBySlug("heimnetzwerk-einrichten")],
  [
    "article comments",
    async () => listComments((await getPublishedArticleBySlug("heimnetzwerk-einrichten"))!.id, 1, null),
  ],
  [
    "related and adjacent articles",
    async () => {
      const article = (await getPublishedArticleBySlug("heimnetzwerk-einrichten"))!;
      return Promise.all([listRelatedArticles(article.id), getAdjacentArticles(article)]);
    },
  ],
  ["search", () => searchArticles("Netzwerke", 1)],
  ["archive months (every page's sidebar)", () => listArchiveMonths()],
  ["month archive", () => listArticlesByMonth(2026, 10, 1)],
  [
    "moderation queue (admin)",
    async () => {
      const [admin] = await planner<{ id: string }[]>`select id from users where role = 'admin' limit 1`;
      const first = await listModerationQueue({ id: admin.id, role: "admin" }, { status: "approved" });
      return listModerationQueue({ id: admin.id, role: "admin" }, { status: "approved" }, first.rows.at(-1)?.id);
    },
  ],
  [
    "moderation queue (author)",
    async () => {
      const [author] = await planner<{ id: string }[]>`select id from users where email = 'autorin@example.com'`;
      return listModerationQueue({ id: author.id, role: "author" }, { status: "pending" });
    },
  ],
  [
    "moderation tab counts (author)",
    async () => {
      const [author] = await planner<{ id: string }[]>`select id from users where email = 'autorin@example.com'`;
      return countCommentsByStatus({ id: author.id, role: "author" });
    },
  ],
];

describe("query plans", () => {
  it("the check sees a sequential scan where no index exists", async () => {
    const [plan] = await plansOf(() => appSql`select id from comments where body = 'ohne Index'`);
    expect(plan.scans).toEqual(["comments"]);
  });

  for (const [name, run] of cases) {
    it(`${name}: no sequential scan of articles or comments`, async () => {
      for (const plan of await plansOf(run)) expect(plan.scans, plan.query).toEqual([]);
    });
  }
});
