// The cluster the deployment guide describes, on one machine: one PostgreSQL (embedded), two app
// instances started exactly as `npm start` (own port, own DATA_DIR, same DATABASE_URL and
// secrets), and Varnish with deploy/varnish/default.vcl in front (only its two backend ports
// replaced), each with its own files under one temp folder. stop() ends exactly these processes.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "../../db/embedded";
import { startSmtpSink } from "../smtp-sink";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type Instance = {
  name: string;
  url: string;
  port: number;
  logFile: string;
  process: ChildProcess;
  /** SIGTERM to the `npm start` process alone, as a process manager sends it; resolves when its group is gone. */
  stop: () => Promise<void>;
};

export type Cluster = {
  folder: string;
  databaseUrl: string;
  database: EmbeddedDatabase;
  varnishUrl: string;
  varnishDir: string;
  instances: [Instance, Instance];
  /** The SMTP server both instances' mail workers deliver to. */
  smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  /** Varnish's view of its backends: name → "healthy" | "sick". */
  backendHealth: () => Record<string, string>;
  stop: () => Promise<void>;
};

/** Ports from CLUSTER_PORT (Varnish, then one per instance) or free ones. */
async function ports(): Promise<[number, number, number]> {
  const base = Number(process.env.CLUSTER_PORT);
  if (base) return [base, base + 1, base + 2];
  return [await freePort(), await freePort(), await freePort()];
}

async function waitForHealth(url: string, alive: () => boolean, what: string) {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (!alive()) throw new Error(`${what} exited during start`);
    if (i > 1500) throw new Error(`${what} did not start`);
    await sleep(200);
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function startInstance(name: string, port: number, folder: string, env: NodeJS.ProcessEnv): Instance {
  const dataDir = path.join(folder, name);
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "site.log");
  const log = fs.openSync(logFile, "w");
  // Its own process group, so a test that fails half-way can still end it as a whole.
  const child = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", log, log],
    env: { ...env, PORT: String(port), HOSTNAME_BIND: "127.0.0.1", DATA_DIR: dataDir },
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!groupAlive(child.pid!)) return;
    process.kill(child.pid!, "SIGTERM");
    for (let i = 0; i < 100 && groupAlive(child.pid!); i++) await sleep(200);
    if (groupAlive(child.pid!)) process.kill(-child.pid!, "SIGKILL");
  };
  return { name, url, port, logFile, process: child, stop };
}

function startVarnish(dir: string, listen: number, backends: [number, number]): ChildProcess {
  fs.mkdirSync(dir, { recursive: true });
  const vcl = fs
    .readFileSync(path.resolve("deploy/varnish/default.vcl"), "utf8")
    .replace('.port = "3000";', `.port = "${backends[0]}";`)
    .replace('.port = "3001";', `.port = "${backends[1]}";`);
  if (!vcl.includes(`"${backends[0]}"`) || !vcl.includes(`"${backends[1]}"`))
    throw new Error("deploy/varnish/default.vcl: backend ports 3000 and 3001 not found");
  fs.writeFileSync(path.join(dir, "default.vcl"), vcl);
  const log = fs.openSync(path.join(dir, "varnish.log"), "w");
  // -F: in the foreground, so the process we spawned is the manager and SIGTERM ends it and its
  // cache child. -j none: no privilege drop (the temp folder is only ours).
  const child = spawn(
    "varnishd",
    [
      "-F",
      "-j",
      "none",
      "-n",
      dir,
      "-a",
      `127.0.0.1:${listen}`,
      "-T",
      "127.0.0.1:0",
      "-f",
      path.join(dir, "default.vcl"),
      "-s",
      "malloc,256m",
    ],
    { stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  return child;
}

export function varnishAvailable(): boolean {
  try {
    execFileSync("varnishd", ["-V"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function startCluster(): Promise<Cluster> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "blattwerk-cluster-"));
  // PostgreSQL's own user (when run as root) must reach its data folder inside.
  fs.chmodSync(folder, 0o755);
  const [varnishPort, portA, portB] = await ports();
  const database = await startEmbeddedDatabase({
    dataDir: path.join(folder, "postgres"),
    projectDir: process.cwd(),
    log: () => {},
  });
  const varnishUrl = `http://127.0.0.1:${varnishPort}`;
  const smtpPort = await freePort();
  const smtp = await startSmtpSink(smtpPort);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: randomBytes(33).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXT_WORKERS: "1",
    DATABASE_POOL_SIZE: "10",
    VARNISH_PURGE_URLS: `${varnishUrl}/`,
    // Each instance runs its mail worker (the default): both deliver the one outbox.
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    EMAIL_FROM: "Blattwerk <blog@example.test>",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };
  const varnishDir = path.join(folder, "varnish");
  let varnish: ChildProcess | null = null;
  const instances: Instance[] = [];

  const stop = async () => {
    await Promise.all(instances.map((i) => i.stop()));
    if (varnish && varnish.exitCode === null && varnish.signalCode === null) {
      const exited = new Promise((r) => varnish!.once("exit", r));
      varnish.kill("SIGTERM");
      await Promise.race([exited, sleep(10_000)]);
      if (varnish.exitCode === null && varnish.signalCode === null) varnish.kill("SIGKILL");
    }
    await database.stop();
    await smtp.close();
    if (!process.env.CLUSTER_KEEP) fs.rmSync(folder, { recursive: true, force: true });
  };

  try {
    // Both at once: migrations and seeding must sort themselves out (advisory locks).
    instances.push(startInstance("a", portA, folder, env), startInstance("b", portB, folder, env));
    await Promise.all(
      instances.map((i) => waitForHealth(i.url, () => groupAlive(i.process.pid!), `instance ${i.name}`)),
    );
    varnish = startVarnish(varnishDir, varnishPort, [portA, portB]);
    await waitForHealth(varnishUrl, () => varnish!.exitCode === null, "varnishd");
  } catch (error) {
    await stop();
    throw error;
  }

  const backendHealth = () => {
    const out = execFileSync("varnishadm", ["-n", varnishDir, "backend.list"]).toString();
    const health: Record<string, string> = {};
    for (const line of out.split("\n").slice(1)) {
      const match = /^\S*?(app\d)\s+\S+\s+(\S+)\s+(\S+)/.exec(line.trim());
      if (match) health[match[1]] = /sick/i.test(line) ? "sick" : "healthy";
    }
    return health;
  };

  return {
    folder,
    databaseUrl: database.url,
    database,
    varnishUrl,
    varnishDir,
    instances: instances as [Instance, Instance],
    smtp,
    backendHealth,
    stop,
  };
}
