// `npm run bench:cluster`: the cluster of `npm run test:cluster` (two instances, one PostgreSQL,
// Varnish in front) measured: anonymous reads through Varnish against one instance's own front
// server, renders through Varnish (round robin over both instances), the mixed read/write cases
// through Varnish, and how fast PostgreSQL's NOTIFY queue and the purge forwarder go.
//
//   --duration <s>  seconds per case (10)     --notifies <n>  NOTIFYs in the stress case (20000)
import type autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { createReaders, sessionOn } from "../tests/cluster/helpers";
import { buildIfStale } from "../scripts/build";
import { startCluster, type Cluster } from "../tests/cluster/cluster";
import { runLoad, toCaseResult, warmUp, type CaseResult } from "./load";
import { formatMixed, runMixedCases } from "./mixed";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    notifies: { type: "string", default: "20000" },
  },
});
const duration = Number(args.duration);
const log = (m: string) => console.error(`[bench:cluster] ${m}`);

let uncached = 0;
const uncachedRequest: autocannon.Request = {
  setupRequest: (req) => ({
    ...req,
    headers: { ...req.headers, cookie: `authjs.session-token=bench-uncached-${++uncached}` },
  }),
};

async function measure(name: string, url: string, connections = 50, requests?: autocannon.Request[], note?: string) {
  log(`${name}…`);
  await warmUp({ url, connections, durationSeconds: 2, requests }, 2);
  return toCaseResult(
    name,
    connections,
    await runLoad({ url, connections, durationSeconds: duration, requests }),
    note,
  );
}

function varnishCounter(cluster: Cluster, field: string): number {
  const out = execFileSync("varnishstat", ["-n", cluster.varnishDir, "-1", "-f", field]).toString();
  return Number(/\s(\d+)\s/.exec(out)?.[1] ?? 0);
}

/** NOTIFYs as fast as 8 sessions commit them (each its own transaction, a comment's kind of payload). */
async function notifyStress(cluster: Cluster, sql: postgres.Sql, total: number) {
  const before = varnishCounter(cluster, "MAIN.client_req");
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < total) {
        const n = next++;
        await sql`select pg_notify('blattwerk_purge', ${`article:${n % 5000} comments:${n % 5000} list:home category:${n % 40}`})`;
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  // The forwarder batches what it hears within 25 ms and sends each batch again after 2 s.
  let purges = varnishCounter(cluster, "MAIN.client_req") - before;
  for (let stable = 0; stable < 4;) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = varnishCounter(cluster, "MAIN.client_req") - before;
    stable = now === purges ? stable + 1 : 0;
    purges = now;
  }
  return { notifies: total, seconds, notifiesPerSecond: Math.round(total / seconds), purgeRequests: purges };
}

const format = (c: CaseResult) =>
  `| ${c.name} | ${c.connections} | ${c.requestsPerSecond} | ${c.p50Ms} | ${c.p99Ms} | ${c.errors + c.non2xx} | ${c.note ?? ""} |`;

// Both instances start from one build: never let them build it at once.
if (!buildIfStale()) process.exit(1);
log("starting the cluster (two instances, Varnish)…");
const cluster = await startCluster();
const sql = postgres(cluster.databaseUrl, { max: 10, onnotice: () => {} });
try {
  const [{ slug }] = await sql<{ slug: string }[]>`
    select slug from articles where status = 'published' order by published_at desc limit 1`;
  const [a] = cluster.instances;
  const V = cluster.varnishUrl;
  const cases: CaseResult[] = [];
  cases.push(await measure("article page, anonymous, Varnish (2 instances)", `${V}/posts/${slug}`));
  cases.push(await measure("article page, anonymous, one front server", `${a.url}/posts/${slug}`));
  cases.push(
    await measure(
      "article page, uncached, Varnish (2 instances)",
      `${V}/posts/${slug}`,
      50,
      [uncachedRequest],
      "rendered",
    ),
  );
  cases.push(
    await measure("article page, uncached, one instance", `${a.url}/posts/${slug}`, 50, [uncachedRequest], "rendered"),
  );
  console.log(
    "\n| case | conns | req/s | p50 ms | p99 ms | errors | note |\n| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const c of cases) console.log(format(c));

  log("mixed reads and writes through Varnish…");
  const emails = await createReaders(sql, "bench-cluster", 20);
  const readers = [];
  for (const email of emails) readers.push(await sessionOn(a.url, email));
  const mixed = await runMixedCases({
    baseUrl: V,
    sql,
    readers,
    readerEmails: emails,
    connections: 50,
    durationSeconds: duration,
    warmupSeconds: 2,
    log,
  });
  console.log(`\nMixed reads and writes through Varnish (${mixed.urls} article pages):\n\n${formatMixed(mixed)}`);

  log("NOTIFY stress…");
  const stress = await notifyStress(cluster, sql, Number(args.notifies));
  console.log(
    `\nNOTIFY stress: ${stress.notifies} NOTIFYs from 8 sessions in ${stress.seconds.toFixed(1)} s ` +
      `(${stress.notifiesPerSecond}/s); the purge forwarder sent ${stress.purgeRequests} PURGE requests to Varnish`,
  );
} finally {
  await sql.end({ timeout: 1 });
  await cluster.stop();
}
