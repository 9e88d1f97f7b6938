// Readers and commenters go through Varnish while instance A is stopped the way a process
// manager stops it (SIGTERM to npm start). The accounting is the soak test's (bench/soak.ts):
// every comment has its own idempotency key, a failed post is sent again with the same key, and
// at the end what the site acknowledged is compared with what is stored.
import type postgres from "postgres";
import type { Cluster } from "./cluster";
import { createReaders, eventually, pageText, postComment, sessionOn, sleep } from "./helpers";
import { compareAcknowledged } from "../../bench/acknowledged";

const DURATION_MS = 20_000;
const STOP_AT_MS = 6_000;
const WRITERS = 8;
const READERS = 12;

export async function runLoadWhileStopping(
  cluster: Cluster,
  sql: postgres.Sql,
  articles: { id: number; slug: string }[],
) {
  const V = cluster.varnishUrl;
  const [a, b] = cluster.instances;
  // This run is about faults, not the flood limit (one comment per 15 s).
  await sql`insert into settings (key, value) values ('moderation', ${sql.json({ floodIntervalSeconds: 0 })})
            on conflict (key) do update set value = settings.value || excluded.value`;
  const emails = await createReaders(sql, "load", WRITERS);
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await sessionOn(b.url, email));
  const runId = `stop-${Date.now().toString(36)}`;
  const acknowledged = new Map<string, number>();
  const counts = { reads: 0, failedReads: 0, signedInReads: 0, posts: 0, retries: 0, unanswered: 0 };
  const startedAt = Date.now();
  const endAt = startedAt + DURATION_MS;
  let sickSeen = false;

  async function read(url: string, headers: Record<string, string> = {}) {
    try {
      const page = await pageText(url, headers);
      counts.reads++;
      if (page.status !== 200) counts.failedReads++;
    } catch {
      counts.reads++;
      counts.failedReads++;
    }
  }

  async function reader(n: number) {
    // Every third reader is signed in: those pages pass Varnish and are rendered by an instance.
    const cookie = n % 3 === 0 ? { cookie: cookies[n % cookies.length] } : undefined;
    while (Date.now() < endAt) {
      const article = articles[Math.floor(Math.random() * articles.length)];
      // Anonymous readers also ask for pages no cache holds (a new query string each time).
      const query = cookie ? "" : `?r=${Math.random().toString(36).slice(2)}`;
      await read(`${V}/posts/${article.slug}${query}`, cookie);
      if (cookie) counts.signedInReads++;
      await sleep(50);
    }
  }

  async function writer(n: number) {
    for (let i = 0; Date.now() < endAt; i++) {
      const key = `${runId}-${n}-${i}`;
      const article = articles[i % articles.length];
      counts.posts++;
      for (let attempt = 0; ; attempt++) {
        if (Date.now() > endAt + 30_000) {
          counts.unanswered++;
          break;
        }
        if (attempt > 0) counts.retries++;
        const posted = await postComment(V, cookies[n], article.id, `Kommentar unter Last (${key}).`, key).catch(
          () => null,
        );
        if (posted && (posted.status === 200 || posted.status === 201) && typeof posted.id === "number") {
          acknowledged.set(key, posted.id);
          break;
        }
        if (posted && posted.status < 500 && posted.status !== 429) break;
        await sleep(300);
      }
      await sleep(200);
    }
  }

  async function stopA() {
    await sleep(STOP_AT_MS);
    await a.stop();
    sickSeen =
      (await eventually(async () => cluster.backendHealth().app1 === "sick", 10_000)) !== null &&
      cluster.backendHealth().app2 === "healthy";
  }

  await Promise.all([
    stopA(),
    ...Array.from({ length: READERS }, (_, n) => reader(n)),
    ...Array.from({ length: WRITERS }, (_, n) => writer(n)),
  ]);

  const { keys: stored, lost, duplicated } = await compareAcknowledged(sql, runId, acknowledged);

  // The purge sender may have been A: B must have taken over. A change made in SQL (as by psql)
  // must reach Varnish through it.
  const [{ senders }] = await sql<{ senders: number }[]>`
    select count(*)::int as senders from pg_locks where locktype = 'advisory' and objid = 727274002 and granted`;
  const title = `Neu nach dem Halt von A ${Date.now()}`;
  const url = `${V}/posts/${articles[0].slug}`;
  await pageText(url);
  await sql`update articles set title = ${title} where id = ${articles[0].id}`;
  const visibleAfterStop = await eventually(async () => (await pageText(url)).text.includes(title));
  return {
    seconds: Math.round((Date.now() - startedAt) / 1000),
    sickSeen,
    ...counts,
    acknowledged: acknowledged.size,
    stored,
    lost,
    duplicated,
    senders,
    visibleAfterStop,
  };
}
