// What the read cases request, looked up in the bench database so that every dataset gets
// comparable pages: an article with a dozen visible comments (the reference is a
// WordPress article page with two comments, 68 KB), one with about a hundred (the long tail:
// such a page weighs over 300 KB), the biggest category, and the moderation queue's first
// and a deep page.
import type postgres from "postgres";

export const SEARCH_QUERY = "Sauerteigbrot";
// The dashboard's moderation queue is built on another branch; these are its planned URLs.
export const QUEUE_PATH = "/dashboard/comments?status=pending";
export const queuePathBefore = (id: number) => `${QUEUE_PATH}&before=${id}`;
export const QUEUE_PAGE_SIZE = 20; // server/moderation/moderation.ts QUEUE_PAGE_SIZE
export const DEEP_PAGES = 1000;
const ARTICLE_COMMENTS = 12;
const BUSY_ARTICLE_COMMENTS = 100;

export type Targets = {
  articleId: number;
  articlePath: string;
  articleComments: number;
  busyArticlePath: string;
  busyArticleComments: number;
  categoryPath: string;
  pending: number;
  deepPages: number;
  deepCursor: number | null;
};

/** The published article whose visible comment count is nearest to `comments`. */
async function articleWith(sql: postgres.Sql, comments: number) {
  const [article] = await sql<{ id: number; slug: string; n: number }[]>`
    select a.id, a.slug, x.n from (
      select article_id, count(*)::int as n from comments where status = 'approved' and deleted_at is null
      group by article_id
    ) x join articles a on a.id = x.article_id
    where a.status = 'published' and a.published_at <= now()
    order by abs(x.n - ${comments}), a.id limit 1`;
  return article;
}

export async function findTargets(sql: postgres.Sql): Promise<Targets> {
  const article = await articleWith(sql, ARTICLE_COMMENTS);
  const busy = await articleWith(sql, BUSY_ARTICLE_COMMENTS);
  const [category] = await sql<{ slug: string }[]>`
    select c.slug from categories c join articles a on a.category_id = c.id
    group by c.slug order by count(*) desc limit 1`;
  const [{ pending }] = await sql<
    { pending: number }[]
  >`select count(*)::int as pending from comments where status = 'pending'`;
  // The keyset cursor of page DEEP_PAGES + 1 in the admin's queue (everything, newest first);
  // a smaller dataset gets its deepest page instead.
  const deepPages = Math.min(DEEP_PAGES, Math.floor(Math.max(0, pending - 1) / QUEUE_PAGE_SIZE));
  const [cursor] =
    deepPages > 0
      ? await sql<{ id: number }[]>`
        select id from comments where status = 'pending'
        order by created_at desc, id desc offset ${deepPages * QUEUE_PAGE_SIZE} limit 1`
      : [];
  return {
    articleId: article?.id ?? 0,
    articlePath: `/posts/${article?.slug ?? "none"}`,
    articleComments: article?.n ?? 0,
    busyArticlePath: `/posts/${busy?.slug ?? "none"}`,
    busyArticleComments: busy?.n ?? 0,
    categoryPath: `/category/${category?.slug ?? "none"}`,
    pending,
    deepPages,
    deepCursor: cursor?.id ?? null,
  };
}

export type ReadCase = {
  name: string;
  path: string;
  /** "reader" / "admin": needs that session cookie; skipped without sign-in. */
  as?: "reader" | "admin";
  /** Always skipped, for this reason. */
  skip?: string;
  /** Skip (rather than measure 404s) when the route is answered with 404. */
  skipWhenMissing?: string;
  headers?: Record<string, string>;
  /** Every request carries a session cookie never seen before, so no cache can answer it. */
  uncached?: boolean;
  /** Connections of this case (default 50): one measures a single render's latency. */
  connections?: number;
  note?: string;
};

// Uncached cases: every request carries a different session cookie the site cannot decode.
// The front server passes it to Next like a first view by a signed-in user, so these measure
// a full render: what every page view costs right after a write has cleared the caches.
const UNCACHED_NOTE = "rendered by Next (a new session cookie per request)";

export function readCases(t: Targets): ReadCase[] {
  return [
    { name: "article page, anonymous", path: t.articlePath, note: `${t.articleComments} comments; page cache` },
    {
      name: "article page, uncached, 1 conn",
      path: t.articlePath,
      uncached: true,
      connections: 1,
      note: UNCACHED_NOTE,
    },
    { name: "article page, uncached", path: t.articlePath, uncached: true, note: UNCACHED_NOTE },
    {
      name: "article page, 100 comments",
      path: t.busyArticlePath,
      note: `${t.busyArticleComments} comments; page cache`,
    },
    { name: "home", path: "/" },
    { name: "home, uncached", path: "/", uncached: true, note: UNCACHED_NOTE },
    { name: "category archive", path: t.categoryPath },
    { name: "search", path: `/search?q=${encodeURIComponent(SEARCH_QUERY)}` },
    {
      name: "article page, signed-in reader",
      path: t.articlePath,
      as: "reader",
      note: "own held comment; rendered per view",
    },
    {
      name: "dashboard pending, page 1",
      path: QUEUE_PATH,
      as: "admin",
      skipWhenMissing: "no dashboard queue",
      note: "rendered per view",
    },
    t.deepCursor === null
      ? {
          name: "dashboard pending, deep page",
          path: QUEUE_PATH,
          as: "admin",
          skip: `queue too short (${t.pending} pending)`,
        }
      : {
          name: `dashboard pending, page ${t.deepPages + 1}`,
          path: queuePathBefore(t.deepCursor),
          as: "admin",
          skipWhenMissing: "no dashboard queue",
          note: `keyset cursor ${t.deepCursor}; rendered per view`,
        },
  ];
}
