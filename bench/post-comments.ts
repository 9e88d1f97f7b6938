// The write case: signed-in readers post comments, one reader per connection, every request
// with its own idempotency key; afterwards every acknowledged comment (2xx with an id) must be
// stored exactly once. The JSON endpoint is built on another branch; until it exists the case
// is skipped. The bench's own comments are deleted afterwards so that runs stay comparable.
import type autocannon from "autocannon";
import type postgres from "postgres";
import { runLoad, skippedCase, toCaseResult, type CaseResult } from "./load";

export const COMMENT_ENDPOINT = "/api/comments";
const NAME = "post comment";
const CONNECTIONS = 20;

export type PostingCheck = {
  acknowledged: number;
  storedOnce: number;
  missing: number;
  duplicated: number;
  storedUnacknowledged: number;
};

type Target = { articleId: number; parentId: number | null };

async function targets(sql: postgres.Sql): Promise<Target[]> {
  // Open, visible articles; every other request answers the article's first approved comment.
  const rows = await sql<{ articleId: number; parentId: number | null }[]>`
    select a.id as "articleId",
      (select c.id from comments c where c.article_id = a.id and c.status = 'approved' and c.parent_id is null order by c.id limit 1) as "parentId"
    from articles a
    where a.status = 'published' and a.published_at <= now() and a.comments_open
    order by md5(a.id::text) limit 200`;
  return rows.flatMap((r) => [
    { articleId: r.articleId, parentId: null },
    ...(r.parentId ? [{ articleId: r.articleId, parentId: r.parentId }] : []),
  ]);
}

/** The moderation settings row as it was, so the flood limit can be put back afterwards. */
export async function withoutFloodLimit<T>(sql: postgres.Sql, work: () => Promise<T>): Promise<T> {
  const [before] = await sql<{ value: Record<string, unknown> }[]>`select value from settings where key = 'moderation'`;
  // The default flood limit (one comment per reader per 15 s) would turn nearly every
  // request of 20 readers into a 429: the case measures the write path, not the limiter.
  const value = { ...(before?.value ?? {}), floodIntervalSeconds: 0 };
  await sql`insert into settings (key, value) values ('moderation', ${sql.json(value)}) on conflict (key) do update set value = excluded.value`;
  try {
    return await work();
  } finally {
    if (before)
      await sql`update settings set value = ${sql.json(before.value as postgres.JSONValue)} where key = 'moderation'`;
    else await sql`delete from settings where key = 'moderation'`;
  }
}

export async function runPostingCase(
  baseUrl: string,
  sql: postgres.Sql,
  cookies: string[] | { skipped: string },
  durationSeconds: number,
): Promise<{ result: CaseResult; check?: PostingCheck }> {
  if (!Array.isArray(cookies)) return { result: skippedCase(NAME, CONNECTIONS, `skipped: ${cookies.skipped}`) };
  const probe = await fetch(`${baseUrl}${COMMENT_ENDPOINT}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookies[0], origin: baseUrl },
    body: "{}",
  });
  await probe.arrayBuffer();
  if (probe.status === 404 || probe.status === 405)
    return { result: skippedCase(NAME, CONNECTIONS, `skipped: no ${COMMENT_ENDPOINT}`) };

  const runId = `bench-${Date.now().toString(36)}`;
  const list = await targets(sql);
  const acknowledged = new Map<string, number>();
  let sequence = 0;
  let connection = 0;
  type Context = { cookie?: string; key?: string };
  const request: autocannon.Request = {
    method: "POST",
    path: COMMENT_ENDPOINT,
    setupRequest: (req, ctx) => {
      const context = ctx as Context;
      // Contexts are per connection: the first request of each connection picks its reader.
      context.cookie ??= cookies[connection++ % cookies.length];
      const n = sequence++;
      const target = list[n % list.length];
      context.key = `${runId}-${n}`;
      const body = `Danke für den Beitrag, das probiere ich am Wochenende aus. (${context.key})`;
      return {
        ...req,
        headers: { ...req.headers, "content-type": "application/json", cookie: context.cookie, origin: baseUrl },
        body: JSON.stringify({
          articleId: target.articleId,
          parentId: target.parentId,
          body,
          idempotencyKey: context.key,
        }),
      };
    },
    onResponse: (status, body, ctx) => {
      const context = ctx as Context;
      if (status < 200 || status >= 300 || !context.key) return;
      try {
        const json = JSON.parse(body) as { id?: number; comment?: { id?: number } };
        const id = json.id ?? json.comment?.id;
        if (typeof id === "number") acknowledged.set(context.key, id);
      } catch {
        // a 2xx without a JSON id is not an acknowledgement the check can verify
      }
    },
  };

  const result = await withoutFloodLimit(sql, () =>
    runLoad({ url: baseUrl, connections: CONNECTIONS, durationSeconds, requests: [request], maxRequests: 200_000 }),
  );
  const stored = await sql<{ key: string; n: number; id: number }[]>`
    select idempotency_key as key, count(*)::int as n, min(id) as id from comments
    where idempotency_key like ${`${runId}-%`} group by idempotency_key`;
  const byKey = new Map(stored.map((r) => [r.key, r]));
  const check: PostingCheck = {
    acknowledged: acknowledged.size,
    storedOnce: 0,
    missing: 0,
    duplicated: 0,
    storedUnacknowledged: 0,
  };
  for (const [key, id] of acknowledged) {
    const row = byKey.get(key);
    if (!row || row.id !== id) check.missing++;
    else if (row.n > 1) check.duplicated++;
    else check.storedOnce++;
  }
  check.storedUnacknowledged = stored.filter((r) => !acknowledged.has(r.key)).length;
  await sql`delete from comments where idempotency_key like ${`${runId}-%`}`;
  const note = `flood limit off; ${check.storedOnce}/${check.acknowledged} acknowledged stored exactly once`;
  return { result: toCaseResult(NAME, CONNECTIONS, result, note), check };
}
