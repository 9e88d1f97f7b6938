// npm run bench [-- --quick] [--duration 10] [--dataset large|demo] [--only reads,post,mixed]
// Starts the site on a bench database like `npm start` would, measures each case with
// autocannon against 127.0.0.1, and prints one table with every case's throughput as a ratio
// to a minimal node:http server answering the same article HTML from memory, then the mixed
// read/write cases' own table (bench/mixed.ts).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type autocannon from "autocannon";
import postgres from "postgres";
import { freePort } from "../db/embedded";
import { dataFolder } from "../scripts/database";
import { BENCH_ADMIN, BENCH_DATABASES, BENCH_PASSWORD, BENCH_READERS, type BenchDataset } from "./accounts";
import { findTargets, readCases, type ReadCase } from "./cases";
import { benchDatabaseUrl, databaseExists, openBenchServer, rowCounts } from "./database";
import { runLoad, settle, skippedCase, toCaseResult, warmUp, type CaseResult } from "./load";
import { formatMixed, mixedCheckFailed, runMixedCases, type MixedReport } from "./mixed";
import { runPostingCase, type PostingCheck } from "./post-comments";
import { formatScaleComparison, formatTable, latestResults, writeResults } from "./report";
import { signIn, signInAll } from "./sign-in";
import { nextCpuSeconds, sampleRss, startSite, type Site } from "./site";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    duration: { type: "string" },
    dataset: { type: "string" },
    only: { type: "string" },
  },
});
const GROUPS = ["reads", "post", "mixed"] as const;
const only = new Set((args.only ?? GROUPS.join(",")).split(",").map((g) => g.trim()));
for (const g of only)
  if (!(GROUPS as readonly string[]).includes(g))
    throw new Error(`--only takes a comma-separated list of ${GROUPS.join(", ")}`);
const runs = (group: (typeof GROUPS)[number]) => only.has(group);
// The node:http baseline is the yardstick of the read and post cases; the mixed cases have their own.
const withBaseline = runs("reads") || runs("post");
const quick = args.quick ?? false;
const dataset = (args.dataset ?? (quick ? "demo" : "large")) as BenchDataset;
if (!(dataset in BENCH_DATABASES))
  throw new Error(`--dataset must be one of ${Object.keys(BENCH_DATABASES).join(", ")}`);
const duration = Math.max(1, Math.min(120, Number(args.duration ?? (quick ? 3 : 10))));
const warmupSeconds = quick ? 1 : 2;
const CONNECTIONS = 50;
const benchDir = path.join(dataFolder(), "bench");
const log = (m: string) => console.log(`[bench] ${m}`);

const server = await openBenchServer();
let site: Site | null = null;
let baseline: ChildProcess | null = null;
let sql: postgres.Sql | null = null;
let cleaning: Promise<void> | null = null;
let cleanUpHeld: () => Promise<void> = async () => {};
const cleanUp = () =>
  (cleaning ??= (async () => {
    if (baseline && baseline.exitCode === null) {
      const exited = new Promise((r) => baseline!.once("exit", r));
      baseline.kill("SIGTERM");
      await exited;
    }
    await site?.stop();
    await cleanUpHeld().catch(() => {});
    await sql?.end({ timeout: 5 });
    await server.stop();
  })());
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
process.once("SIGTERM", () => void cleanUp().then(() => process.exit(143)));

async function startBaseline(html: string): Promise<string> {
  const file = path.join(benchDir, "baseline.html");
  fs.writeFileSync(file, html);
  const port = await freePort();
  baseline = spawn(process.execPath, ["--import", "tsx", "bench/baseline-server.ts", String(port), file], {
    stdio: "inherit",
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      await (await fetch(url)).arrayBuffer();
      return url;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("the baseline server did not start");
}

let uncachedRequests = 0;
/** Every request with a session cookie nobody has sent before (see cases.ts). */
const uncachedRequest: autocannon.Request = {
  setupRequest: (req) => ({
    ...req,
    headers: { ...req.headers, cookie: `authjs.session-token=bench-uncached-${++uncachedRequests}` },
  }),
};

async function measure(
  name: string,
  url: string,
  headers: Record<string, string> | undefined,
  note?: string,
  settleAt?: string,
  uncached = false,
  connections = CONNECTIONS,
): Promise<CaseResult> {
  log(`${name}…`);
  const requests = uncached ? [uncachedRequest] : undefined;
  await warmUp({ url, connections, durationSeconds: warmupSeconds, headers, requests }, warmupSeconds);
  if (settleAt) await settle(settleAt, log);
  // Renders: how many cores Next's workers kept busy while the case ran.
  const cpuBefore = site ? nextCpuSeconds(site.pid) : 0;
  const started = Date.now();
  const result = await runLoad({ url, connections, durationSeconds: duration, headers, requests });
  const cores = site ? (nextCpuSeconds(site.pid) - cpuBefore) / ((Date.now() - started) / 1000) : 0;
  return toCaseResult(
    name,
    connections,
    result,
    uncached ? [note, `${cores.toFixed(2)} cores busy`].filter(Boolean).join("; ") : note,
  );
}

async function readCase(
  c: ReadCase,
  baseUrl: string,
  sessions: { reader: string | null; admin: string | null; why: string },
): Promise<CaseResult> {
  if (c.skip) return skippedCase(c.name, CONNECTIONS, `skipped: ${c.skip}`);
  const headers = { ...c.headers };
  if (c.as) {
    const cookie = sessions[c.as];
    if (!cookie) return skippedCase(c.name, CONNECTIONS, `skipped: ${sessions.why}`);
    headers.cookie = cookie;
  }
  if (c.skipWhenMissing) {
    const probe = await fetch(`${baseUrl}${c.path}`, { headers, redirect: "manual" });
    await probe.arrayBuffer();
    if (probe.status === 404) return skippedCase(c.name, CONNECTIONS, `skipped: ${c.skipWhenMissing}`);
  }
  const result = await measure(c.name, `${baseUrl}${c.path}`, headers, c.note, baseUrl, c.uncached, c.connections);
  await settle(baseUrl, log);
  return result;
}

try {
  const name = BENCH_DATABASES[dataset];
  if (!(await databaseExists(server, name))) {
    if (dataset !== "demo")
      throw new Error(`no bench database ${name}: run \`npm run bench:seed\` first (see README, Performance)`);
    log(`seeding ${name} (once)…`);
    const seeded = spawnSync(process.execPath, ["--import", "tsx", "bench/seed.ts", "--demo"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: server.url },
    });
    if (seeded.status !== 0) throw new Error("seeding the demo bench database failed");
  }
  const url = benchDatabaseUrl(server, name);
  sql = postgres(url, { max: 2, onnotice: () => {} });
  const counts = await rowCounts(sql);
  const targets = await findTargets(sql);
  log(`dataset ${name}: ${counts.articles} articles, ${counts.comments} comments, ${counts.users} users`);

  log(`starting the site (builds when stale; log in ${path.join(benchDir, "site", "site.log")})…`);
  const siteStarted = Date.now();
  site = await startSite(url, path.join(benchDir, "site"));
  const siteStartSeconds = Math.round((Date.now() - siteStarted) / 1000);
  log(`site ready on ${site.baseUrl} after ${siteStartSeconds} s`);
  const rss = sampleRss(site.pid, () => baseline?.pid);

  const page = await fetch(`${site.baseUrl}${targets.articlePath}`);
  if (!page.ok) throw new Error(`the article page ${targets.articlePath} answered ${page.status}`);
  const baselineUrl = withBaseline ? await startBaseline(await page.text()) : null;
  if (!withBaseline) await page.arrayBuffer();

  const readers = await signInAll(site.baseUrl, BENCH_READERS, BENCH_PASSWORD);
  const admin = runs("reads") ? await signIn(site.baseUrl, BENCH_ADMIN, BENCH_PASSWORD) : { skipped: "not needed" };
  const sessions = {
    reader: Array.isArray(readers) ? readers[0] : null,
    admin: "cookie" in admin ? admin.cookie : null,
    why: Array.isArray(readers) ? ("skipped" in admin ? admin.skipped : "") : readers.skipped,
  };

  if (runs("reads")) {
    // The signed-in case's reader has a comment waiting for approval on the article: the page
    // shows it to her alone, so it is hers and nobody else's (removed again at the end).
    const heldKey = `bench-held-${Date.now().toString(36)}`;
    await sql`
      insert into comments (article_id, author_id, body, status, idempotency_key)
      select ${targets.articleId}, id, 'Mein Kommentar wartet noch auf Freigabe.', 'pending', ${heldKey}
      from users where email = ${BENCH_READERS[0]}`;
    cleanUpHeld = () => sql!`delete from comments where idempotency_key = ${heldKey}`.then(() => {});
    if (sessions.reader) {
      const own = await (
        await fetch(`${site.baseUrl}${targets.articlePath}`, { headers: { cookie: sessions.reader } })
      ).text();
      if (!own.includes("Mein Kommentar wartet noch auf Freigabe."))
        throw new Error("the signed-in reader's page does not show her held comment");
    }
  }

  const before = baselineUrl ? await measure("baseline", baselineUrl, undefined) : null;
  const cases: CaseResult[] = [];
  if (runs("reads")) for (const c of readCases(targets)) cases.push(await readCase(c, site.baseUrl, sessions));
  let check: PostingCheck | undefined;
  if (runs("post")) {
    log("post comment…");
    const posting = await runPostingCase(site.baseUrl, sql, readers, duration);
    cases.push(posting.result);
    check = posting.check;
  }
  let mixed: MixedReport | null = null;
  if (runs("mixed")) {
    log("mixed reads and writes…");
    const options = {
      baseUrl: site.baseUrl,
      sql,
      readers,
      readerEmails: BENCH_READERS,
      connections: CONNECTIONS,
      durationSeconds: duration,
      warmupSeconds,
      log,
    };
    mixed = await runMixedCases(options);
    cases.push(...mixed.cases);
  }
  // Measured first and last: on a shared machine the load of other processes drifts, and
  // one measurement at either end would bias every ratio the same way.
  const after = baselineUrl ? await measure("baseline (again)", baselineUrl, undefined) : null;
  rss.stop();
  if (before && after) {
    const rates = [before.requestsPerSecond, after.requestsPerSecond];
    cases.unshift({
      ...after,
      name: "baseline (node:http, same HTML)",
      requestsPerSecond: Math.round(((rates[0] + rates[1]) / 2) * 10) / 10,
      p50Ms: Math.max(before.p50Ms, after.p50Ms),
      p99Ms: Math.max(before.p99Ms, after.p99Ms),
      note: `mean of first and last run: ${rates.map((r) => r.toFixed(0)).join(" / ")} req/s`,
    });
  }

  const baselineRps = before && after ? cases[0].requestsPerSecond : 0;
  console.log(
    `\nBlattwerk bench: ${name} (${counts.articles} articles, ${counts.comments} comments, ${counts.users} users), ${duration} s per case\n`,
  );
  console.log(formatTable(cases, baselineRps));
  console.log(
    `\nPeak RSS: front server + launcher ${rss.peak.launcherMb} MB, Next ${rss.peak.nextMb} MB in ${rss.peak.nextProcesses} process(es) (together ${rss.peak.totalMb} MB); baseline ${rss.peak.baselineMb} MB`,
  );
  if (check) {
    console.log(
      `Posted comments: ${check.acknowledged} acknowledged, ${check.storedOnce} stored exactly once, ${check.missing} missing, ${check.duplicated} duplicated (${check.storedUnacknowledged} stored without acknowledgement)`,
    );
  }
  if (mixed)
    console.log(
      `\nMixed reads and writes (readers: ${CONNECTIONS} connections over ${mixed.urls} article pages):\n\n${formatMixed(mixed)}`,
    );
  if (dataset !== "demo") {
    const small = latestResults(BENCH_DATABASES.demo, quick);
    console.log(
      small
        ? `\n${formatScaleComparison(cases, small)}`
        : `\nNo ${quick ? "quick " : ""}run on the demo dataset to compare latencies with: \`npm run bench -- --dataset demo${quick ? " --quick" : ""}\`.`,
    );
  }
  const file = writeResults({
    startedAt: new Date(siteStarted).toISOString(),
    quick,
    dataset: name,
    durationSeconds: duration,
    only: [...only],
    counts,
    targets,
    siteStartSeconds,
    baselineRps,
    cases,
    peakRss: rss.peak,
    posting: check ?? null,
    mixed,
  });
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
  if (check && (check.missing > 0 || check.duplicated > 0)) process.exitCode = 1;
  if (mixedCheckFailed(mixed)) process.exitCode = 1;
} finally {
  await cleanUp();
}
