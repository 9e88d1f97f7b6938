// A site instance of its own for the fault tests and the soak: its own embedded PostgreSQL
// (which the caller may stop, kill and start again on the same port) and the launcher
// (scripts/start.ts start: migrations, demo content, Next behind the front server) on its own
// port. The launcher runs in a process group of its own, so stop() ends Next with it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { createFreshDatabase } from "./test-database";

export type SiteInstance = {
  baseUrl: string;
  databaseUrl: string;
  logFile: string;
  database: () => EmbeddedDatabase;
  /** Starts PostgreSQL again on the same data directory and port. */
  startDatabase: () => Promise<void>;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startSiteInstance(name: string, env: Record<string, string> = {}): Promise<SiteInstance> {
  const folder = path.resolve(process.env.DATA_DIR ?? ".data", name);
  fs.mkdirSync(folder, { recursive: true });
  let db = await startEmbeddedDatabase({
    dataDir: path.join(folder, "postgres"),
    projectDir: process.cwd(),
    log: () => {},
  });
  let databaseUrl: string;
  try {
    databaseUrl = await createFreshDatabase(db.url, `blattwerk_${name.replace(/\W/g, "_")}`);
  } catch (error) {
    await db.stop();
    throw error;
  }
  const port = await freePort();
  const logFile = path.join(folder, "site.log");
  const log = fs.openSync(logFile, "w");
  const site = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      AUTH_SECRET: randomBytes(33).toString("base64"),
      DATA_DIR: folder,
      ...env,
    },
  });
  fs.closeSync(log);
  const exited = new Promise((resolve) => site.once("exit", resolve));

  const stop = async () => {
    if (site.exitCode === null && site.signalCode === null) {
      process.kill(-site.pid!, "SIGTERM");
      const timer = setTimeout(() => process.kill(-site.pid!, "SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await db.stop();
  };

  const startDatabase = async () => {
    // After a crash the old server's processes may hold the data directory for a moment.
    for (let attempt = 1; ; attempt++) {
      try {
        db = await startEmbeddedDatabase({
          dataDir: db.dataDir,
          projectDir: process.cwd(),
          port: db.port,
          log: () => {},
        });
        return;
      } catch (error) {
        if (attempt === 20) throw error;
        await sleep(500);
      }
    }
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    // A first production build on two cores takes minutes; `npm test` builds before the tests.
    const deadline = Date.now() + 15 * 60_000;
    while (true) {
      if (site.exitCode !== null) throw new Error(`the site exited during start; see ${logFile}`);
      if (Date.now() > deadline) throw new Error(`the site did not start; see ${logFile}`);
      const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await sleep(300);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, databaseUrl, logFile, database: () => db, startDatabase, stop };
}
