// The site under test, started exactly as `npm start` starts it (scripts/start.ts: migrations,
// a build when stale, Next behind the front server), on loopback only, plus the memory
// sampler: peak RSS of the launcher (which runs the front server) and of Next below it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "../db/embedded";

export type Site = { baseUrl: string; pid: number; logFile: string; stop: () => Promise<void> };

const START_TIMEOUT_MS = 15 * 60_000; // a first production build on two busy cores takes minutes

export async function startSite(databaseUrl: string, dataDir: string): Promise<Site> {
  const port = await freePort();
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, "site.log");
  const log = fs.openSync(logFile, "w");
  // `node --import tsx` rather than the tsx CLI: the CLI runs the script in a child process,
  // and the launcher's own pid is what the memory sampler needs.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOSTNAME_BIND: "127.0.0.1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
      DATA_DIR: dataDir,
    },
  });
  fs.closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM"); // the launcher stops Next and closes the front server itself
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited during start; see ${logFile}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return { baseUrl, pid: child.pid!, logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the site did not start within ${START_TIMEOUT_MS / 60_000} minutes; see ${logFile}`);
}

function tail(file: string): string {
  return fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n");
}

function readStatus(pid: number): { ppid: number; rssKb: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    return { ppid, rssKb };
  } catch {
    return null; // exited between listing and reading
  }
}

export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const status = readStatus(Number(name));
    if (status) children.set(status.ppid, [...(children.get(status.ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU seconds (user + system) the site's processes below the launcher (Next's workers) have used so far. */
export function nextCpuSeconds(sitePid: number): number {
  let ticks = 0;
  for (const pid of descendants(sitePid)) {
    try {
      // Fields after the command name (which may contain spaces): utime and stime are the 12th and 13th.
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited between listing and reading
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

export type PeakRss = {
  launcherMb: number;
  nextMb: number;
  nextProcesses: number;
  totalMb: number;
  baselineMb: number;
};

/** Samples VmRSS once a second; Linux only (reads /proc), else reports zeros. */
export function sampleRss(sitePid: number, baselinePid: () => number | undefined) {
  const peak: PeakRss = { launcherMb: 0, nextMb: 0, nextProcesses: 0, totalMb: 0, baselineMb: 0 };
  const mb = (kb: number) => Math.round(kb / 1024);
  const sample = () => {
    if (!fs.existsSync("/proc/self/status")) return;
    const launcher = readStatus(sitePid)?.rssKb ?? 0;
    // Everything below the launcher is Next (next start and any workers it forks).
    const below = descendants(sitePid);
    const next = below.reduce((sum, pid) => sum + (readStatus(pid)?.rssKb ?? 0), 0);
    peak.nextProcesses = Math.max(peak.nextProcesses, below.length);
    const basePid = baselinePid();
    const baseline = basePid ? (readStatus(basePid)?.rssKb ?? 0) : 0;
    peak.launcherMb = Math.max(peak.launcherMb, mb(launcher));
    peak.nextMb = Math.max(peak.nextMb, mb(next));
    peak.totalMb = Math.max(peak.totalMb, mb(launcher + next));
    peak.baselineMb = Math.max(peak.baselineMb, mb(baseline));
  };
  sample();
  const timer = setInterval(sample, 1000);
  return { peak, stop: () => clearInterval(timer) };
}
