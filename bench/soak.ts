// `npm run test:soak`: simulated readers read articles and post comments against a site
// instance of its own while PostgreSQL is restarted cleanly once and killed hard (SIGKILL of
// the postmaster) once. Every comment carries its own idempotency key, and a failed post is
// retried with the same key, as a browser retry would. At the end what the server acknowledged
// (2xx with an id) is compared with what is stored: nothing may be lost or stored twice.
//
//   --duration <s>  length of the run (180)      --users <n>  simulated readers (50)
//   --short         one clean restart only (the form `npm test` runs)
//   --json          print the result as one JSON line at the end (for tests/soak.test.ts)
import { hash } from "@node-rs/argon2";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { ARGON2_OPTIONS } from "../lib/password-policy";
import { startSiteInstance, type SiteInstance } from "../tests/site-instance";
import { BENCH_PASSWORD } from "./accounts";
import { signIn } from "./sign-in";
import { compareAcknowledged } from "./acknowledged";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "180" },
    users: { type: "string", default: "50" },
    short: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const DURATION_MS = Number(args.duration) * 1000;
const USERS = Number(args.users);
const OUTAGE_MS = 4000;
// After the run, a reader still retrying gets this long to get an answer for the comment in hand.
const GRACE_MS = 60_000;

const log = (line: string) => console.error(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

type Outage = { kind: string; from: number; to: number };
const outages: Outage[] = [];
const failures: number[] = [];
const acknowledged = new Map<string, number>();
const counts = { reads: 0, posts: 0, retries: 0, refused: 0, unanswered: 0 };

async function createReaders(sql: postgres.Sql): Promise<string[]> {
  const passwordHash = await hash(BENCH_PASSWORD, ARGON2_OPTIONS);
  const emails = Array.from({ length: USERS }, (_, i) => `soak-leser-${i + 1}@example.test`);
  for (const email of emails) {
    await sql`insert into users (id, name, email, role, password_hash) values (${crypto.randomUUID()}, ${`Soak ${email}`}, ${email}, 'reader', ${passwordHash})`;
  }
  // The flood limit (one comment per 15 s) would turn most posts into 429s: this run is about faults.
  await sql`insert into settings (key, value) values ('moderation', ${sql.json({ floodIntervalSeconds: 0 })})
            on conflict (key) do update set value = settings.value || excluded.value`;
  return emails;
}

async function signInReaders(baseUrl: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = [];
  // A few at a time: argon2 verification is deliberately slow.
  for (let i = 0; i < emails.length; i += 5) {
    const batch = await Promise.all(emails.slice(i, i + 5).map((email) => signIn(baseUrl, email, BENCH_PASSWORD)));
    for (const result of batch) {
      if (!("cookie" in result)) throw new Error(`sign-in failed: ${result.skipped}`);
      cookies.push(result.cookie);
    }
  }
  return cookies;
}

/** Posts one comment until the server answers it, re-sending the same key after a failure. */
async function postUntilAnswered(baseUrl: string, cookie: string, articleId: number, key: string, giveUpAt: number) {
  const body = JSON.stringify({ articleId, body: `Danke, das hilft mir weiter. (${key})`, idempotencyKey: key });
  for (let attempt = 0; Date.now() < giveUpAt; attempt++) {
    if (attempt > 0) counts.retries++;
    try {
      const res = await fetch(`${baseUrl}/api/comments`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body,
        signal: AbortSignal.timeout(15_000),
      });
      const json = (await res.json().catch(() => ({}))) as { id?: number };
      if (res.ok && typeof json.id === "number") return void acknowledged.set(key, json.id);
      if (res.status < 500 && res.status !== 429) return void counts.refused++;
      if (res.status >= 500) failures.push(Date.now());
    } catch {
      failures.push(Date.now()); // no answer at all: the comment may or may not be stored
    }
    await sleep(between(500, 1500));
  }
  counts.unanswered++;
}

async function reader(
  baseUrl: string,
  cookie: string,
  user: number,
  articles: { id: number; slug: string }[],
  runId: string,
  endAt: number,
) {
  for (let n = 0; Date.now() < endAt; n++) {
    const article = articles[Math.floor(Math.random() * articles.length)];
    try {
      const res = await fetch(`${baseUrl}/posts/${article.slug}`, { signal: AbortSignal.timeout(15_000) });
      await res.arrayBuffer();
      counts.reads++;
      if (!res.ok) failures.push(Date.now());
    } catch {
      failures.push(Date.now());
    }
    await sleep(between(500, 2000));
    counts.posts++;
    await postUntilAnswered(baseUrl, cookie, article.id, `${runId}-${user}-${n}`, endAt + GRACE_MS);
    await sleep(between(500, 2000));
  }
}

async function outage(site: SiteInstance, kind: "restart" | "kill") {
  const from = Date.now();
  log(kind === "kill" ? "killing PostgreSQL (SIGKILL)" : "stopping PostgreSQL");
  await (kind === "kill" ? site.database().kill("SIGKILL") : site.database().stop());
  await sleep(OUTAGE_MS);
  await site.startDatabase();
  // The outage lasts until the site answers again, not until the server process is up.
  while (
    !(await fetch(`${site.baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    ))
  )
    await sleep(200);
  outages.push({ kind, from, to: Date.now() });
  log(`PostgreSQL back after ${((Date.now() - from) / 1000).toFixed(1)} s`);
}

async function faults(site: SiteInstance, startedAt: number) {
  const plan: [number, "restart" | "kill"][] = args.short
    ? [[0.4, "restart"]]
    : [
        [0.3, "restart"],
        [0.65, "kill"],
      ];
  for (const [at, kind] of plan) {
    await sleep(Math.max(0, startedAt + at * DURATION_MS - Date.now()));
    await outage(site, kind);
  }
}

async function main(site: SiteInstance) {
  const sql = postgres(site.databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const emails = await createReaders(sql);
    const articles = await sql<{ id: number; slug: string }[]>`
      select id, slug from articles where status = 'published' and published_at <= now() and comments_open order by published_at desc limit 50`;
    log(`signing in ${USERS} readers…`);
    const cookies = await signInReaders(site.baseUrl, emails);
    const runId = `soak-${Date.now().toString(36)}`;
    const startedAt = Date.now();
    const endAt = startedAt + DURATION_MS;
    log(`running for ${DURATION_MS / 1000} s with ${USERS} readers`);
    await Promise.all([
      faults(site, startedAt),
      ...cookies.map((cookie, i) => reader(site.baseUrl, cookie, i, articles, runId, endAt)),
    ]);
    const result = await compareAcknowledged(sql, runId, acknowledged);
    const inOutage = (t: number) => outages.some((o) => t >= o.from && t <= o.to + 2000);
    return {
      seconds: Math.round((Date.now() - startedAt) / 1000),
      users: USERS,
      outages: outages.map((o) => ({ kind: o.kind, seconds: Math.round((o.to - o.from) / 100) / 10 })),
      reads: counts.reads,
      comments: counts.posts,
      acknowledged: acknowledged.size,
      ...result,
      retries: counts.retries,
      refused: counts.refused,
      unanswered: counts.unanswered,
      failedDuringOutages: failures.filter(inOutage).length,
      failedOtherwise: failures.filter((t) => !inOutage(t)).length,
    };
  } finally {
    await sql.end({ timeout: 1 });
  }
}

log("starting a site instance with its own database…");
const site = await startSiteInstance(args.short ? "soak-short" : "soak");
const onSignal = () => void site.stop().then(() => process.exit(130));
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);
let exitCode = 1;
try {
  const result = await main(site);
  console.log(
    [
      `comments acknowledged: ${result.acknowledged}`,
      `stored: ${result.stored} (${result.storedUnacknowledged} without an acknowledgement: answers lost in an outage, not comments)`,
      `lost: ${result.lost}`,
      `duplicated: ${result.duplicated}`,
      `requests failed during the outages: ${result.failedDuringOutages} (otherwise: ${result.failedOtherwise})`,
      `outages: ${result.outages.map((o) => `${o.kind} ${o.seconds} s`).join(", ")}; reads: ${result.reads}; retries: ${result.retries}; refused: ${result.refused}; unanswered: ${result.unanswered}`,
    ].join("\n"),
  );
  if (args.json) console.log(JSON.stringify(result));
  exitCode = result.lost === 0 && result.duplicated === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  await site.stop();
}
process.exit(exitCode);
