// The writers of the mixed cases and the check that readers see what was written: anonymous
// junk POSTs (refused with 401), and signed-in bench readers posting comments that must be
// approved at once and show up on the next anonymous view of their article.
import type postgres from "postgres";
import { COMMENT_ENDPOINT } from "./post-comments";
import { steadyRate, type SteadyResult } from "./steady-rate";

export type MixedArticle = { id: number; path: string };

/** Anonymous `POST /api/comments` with an empty JSON object, `rate` a second. */
export function sendJunkPosts(baseUrl: string, rate: number, seconds: number): Promise<SteadyResult> {
  return steadyRate(rate, seconds, async () => {
    const res = await fetch(`${baseUrl}${COMMENT_ENDPOINT}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(30_000),
    });
    await res.arrayBuffer();
    return res.status;
  });
}

export type PostedComment = { articleId: number; path: string; token: string; status: string };

/**
 * Comments from the signed-in bench readers in turn, `rate` a second, each on a random article
 * of `articles` with its own idempotency key and a unique token in its text (letters and
 * digits only, so Markdown and HTML escaping leave it alone).
 */
export async function postComments(
  baseUrl: string,
  cookies: string[],
  articles: MixedArticle[],
  runId: string,
  rate: number,
  seconds: number,
  random: () => number,
) {
  const posted: PostedComment[] = [];
  const sending = await steadyRate(rate, seconds, async (n) => {
    const article = articles[Math.floor(random() * articles.length)];
    const token = `${runId.replace(/[^a-z0-9]/g, "")}k${n}`;
    const body = `Danke für den Beitrag, das probiere ich am Wochenende aus. Kennung ${token}`;
    const res = await fetch(`${baseUrl}${COMMENT_ENDPOINT}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies[n % cookies.length], origin: baseUrl },
      body: JSON.stringify({ articleId: article.id, parentId: null, body, idempotencyKey: `${runId}-${n}` }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (res.status === 201) {
      const json = JSON.parse(text) as { status?: string };
      posted.push({ articleId: article.id, path: article.path, token, status: json.status ?? "unknown" });
    }
    return res.status;
  });
  return { sending, posted };
}

export type VisibilityCheck = {
  /** Articles that got at least one approved comment during the case. */
  articles: number;
  /** …whose next anonymous view showed all of them. */
  articlesShown: number;
  articlesFailed: number;
  commentsShown: number;
  commentsMissing: number;
  /** Acknowledged but not approved: readers would not see them. */
  notApproved: number;
  /** Views answered with something other than 200, e.g. "503×2". */
  failedViews: Record<string, number>;
};

/** One anonymous GET per article that got comments, one after another, looking for each comment's token. */
export async function checkVisibility(baseUrl: string, posted: PostedComment[]): Promise<VisibilityCheck> {
  const byPath = new Map<string, string[]>();
  let notApproved = 0;
  for (const c of posted) {
    if (c.status !== "approved") notApproved++;
    else byPath.set(c.path, [...(byPath.get(c.path) ?? []), c.token]);
  }
  const check: VisibilityCheck = {
    articles: byPath.size,
    articlesShown: 0,
    articlesFailed: 0,
    commentsShown: 0,
    commentsMissing: 0,
    notApproved,
    failedViews: {},
  };
  for (const [path, tokens] of byPath) {
    let html = "";
    try {
      const res = await fetch(`${baseUrl}${path}`, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
      html = await res.text();
      if (res.status !== 200) {
        check.failedViews[res.status] = (check.failedViews[res.status] ?? 0) + 1;
        html = "";
      }
    } catch {
      check.failedViews.error = (check.failedViews.error ?? 0) + 1;
    }
    const shown = tokens.filter((t) => html.includes(t)).length;
    check.commentsShown += shown;
    check.commentsMissing += tokens.length - shown;
    if (shown === tokens.length) check.articlesShown++;
    else check.articlesFailed++;
  }
  return check;
}

/**
 * Gives every bench reader without one an approved comment (on `articleId`, under `runId`'s
 * keys), so that the site approves their next comments at once (server/comments/comment-rules.ts:
 * a first comment is held for moderation).
 */
export async function qualifyReaders(
  sql: postgres.Sql,
  emails: string[],
  articleId: number,
  runId: string,
): Promise<number> {
  const rows = await sql`
    insert into comments (article_id, author_id, body, status, idempotency_key)
    select ${articleId}, u.id, 'Schöner Beitrag, danke!', 'approved', ${runId} || '-q-' || u.slug
    from users u
    where u.email in ${sql(emails)}
      and not exists (select 1 from comments c where c.author_id = u.id and c.status = 'approved')
    returning id`;
  return rows.length;
}
