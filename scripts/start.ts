// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL), migrations, demo
// content on an empty database, a production build when the current one is missing or
// stale, then Next itself. Ctrl-C stops Next and the embedded database.
import "./check-env";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { migrateDatabase } from "../db/migrate";
import { isDatabaseEmpty, seedDemoContent } from "../db/seed";
import { freePort } from "../db/embedded";
import { startPurgeForwarder } from "../front/purge-forwarder";
import { startFrontServer } from "../front/server";
import { env, reloadEnv } from "../lib/env";
import { logger } from "../lib/log";
import { getMailMaxAttempts, getMailSettings, getPurgeTargets, runsMailWorkerInline } from "../lib/site";
import { watchParent } from "../origin/parent-watch";
import { startMailWorker } from "../server/mail/worker";
import { buildIfStale } from "./build";
import { dataFolder, openDatabase } from "./database";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const config = env();
const port = String(config.PORT);
// Next runs inside the origin server (origin/server.ts): one worker per core in production.
const originArgs = ["--import", "tsx", path.resolve("origin/server.ts")];
process.env.NEXT_TELEMETRY_DISABLED = "1";

/** The embedded demo keeps one generated secret in the data folder; real deployments set AUTH_SECRET. */
function ensureAuthSecret(embedded: boolean) {
  if (config.AUTH_SECRET) return;
  if (!embedded && mode === "start") {
    console.error("[start] AUTH_SECRET is required in production. Generate one with: openssl rand -base64 33");
    process.exit(1);
  }
  const file = path.join(dataFolder(), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataFolder(), { recursive: true });
    fs.writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

// Shared by every instance (the migrations use 727_274_001, the purge sender 727_274_002).
const SEED_LOCK = 727_274_003;

async function withAdvisoryLock(url: string, lock: number, work: () => Promise<void>) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${lock})`;
    await work();
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function waitForUpstream(upstreamPort: number) {
  for (let i = 0; i < 600; i++) {
    if (server?.exitCode !== null) throw new Error("Next exited during start");
    try {
      await fetch(`http://127.0.0.1:${upstreamPort}/api/health`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("Next did not start within 60 s");
}

const db = await openDatabase();
let server: ChildProcess | null = null;
let front: Awaited<ReturnType<typeof startFrontServer>> | null = null;
let forwarder: Awaited<ReturnType<typeof startPurgeForwarder>> | null = null;
let shuttingDown = false;
let mailWorker: Awaited<ReturnType<typeof startMailWorker>> | null = null;

async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  await front?.close().catch(() => {});
  await forwarder?.close().catch(() => {});
  await mailWorker?.stop().catch(() => {});
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill("SIGKILL");
  }
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));
// Under npm, a signal for npm alone may not reach us (a shell between them dies of it): we stop
// when npm goes. Started directly (nohup, a service manager), the parent's end means nothing.
if (process.env.npm_lifecycle_event) watchParent(() => void shutdown(0));

try {
  process.env.DATABASE_URL = db.url;
  ensureAuthSecret(db.embedded);
  process.env.AUTH_TRUST_HOST ??= "true";
  reloadEnv();
  await migrateDatabase(db.url);
  console.log("[db] migrations applied");
  // Instances starting at once: one seeds, the others wait for the lock and find content.
  await withAdvisoryLock(db.url, SEED_LOCK, async () => {
    if (!(await isDatabaseEmpty(db.url))) return;
    await seedDemoContent(db.url);
    console.log("[db] empty database: demo content seeded");
  });
  // The mail worker runs here, in the launcher: one per instance, not one per Next worker
  // (origin/server.ts forks those). Several instances may all run it (graphile-worker's locks).
  if (runsMailWorkerInline()) {
    mailWorker = await startMailWorker({
      databaseUrl: db.url,
      mail: getMailSettings(),
      maxAttempts: getMailMaxAttempts(),
    });
  } else console.log("[start] MAIL_WORKER=off: mails are sent by `npm run worker`");
  if (mode === "dev") {
    server = spawn(
      process.execPath,
      [...originArgs, "--dev", "--port", port, ...(config.HOSTNAME_BIND ? ["--host", config.HOSTNAME_BIND] : [])],
      {
        stdio: "inherit",
        env: { ...process.env, NODE_ENV: "development" },
      },
    );
  } else {
    // Next listens on loopback only; readers reach it through the front server (front/server.ts).
    if (!buildIfStale()) await shutdown(1);
    const upstreamPort = await freePort();
    // V8 lets an idle-looking heap grow far beyond what the renders need (Next reached 420 MB
    // under load); a cap makes it collect sooner, at a small cost in throughput.
    const heap = `--max-old-space-size=${config.NEXT_HEAP_MB}`;
    // A render allocates several MB of short-lived objects; with V8's default young generation
    // a worker spent 11 % of its CPU in scavenges, fewer and cheaper with more room.
    const youngGeneration = "--max-semi-space-size=32";
    server = spawn(process.execPath, [...originArgs, "--port", String(upstreamPort), "--host", "127.0.0.1"], {
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: [process.env.NODE_OPTIONS, heap, youngGeneration].filter(Boolean).join(" "),
      },
    });
    await waitForUpstream(upstreamPort);
    front = await startFrontServer({
      port: Number(port),
      host: config.HOSTNAME_BIND,
      upstreamPort,
      databaseUrl: db.url,
      log: ({ level, msg, ...event }) =>
        logger[level === "error" ? "error" : "warn"]({ component: "front", ...event }, String(msg ?? "")),
    });
    const targets = getPurgeTargets();
    if (targets.varnish.length || targets.fastly || targets.webhook)
      forwarder = await startPurgeForwarder({
        databaseUrl: db.url,
        targets,
        log: ({ level, msg, ...event }) =>
          logger[level === "error" ? "error" : level === "info" ? "info" : "warn"](
            { component: "purge-forwarder", ...event },
            String(msg ?? ""),
          ),
      });
    console.log(`[start] ready on http://localhost:${port}`);
  }
  server.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error);
  await shutdown(1);
}
