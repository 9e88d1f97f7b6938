// What a process manager does (systemd, Docker, a supervisor): it starts `npm start` and later
// sends SIGTERM or SIGINT to that one process, not to its process group. The site, its Next
// workers and the embedded database must all stop by themselves.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../db/embedded";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started: number[] = [];

/** Every process in the group the launcher was started in (its own: detached). */
function processGroup(pgid: number): { pid: number; command: string }[] {
  try {
    return execFileSync("ps", ["-o", "pid=,args=", "-g", String(pgid)])
      .toString()
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [, pid, command] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
        return { pid: Number(pid), command };
      });
  } catch {
    return []; // ps exits 1 when the group is empty
  }
}

async function startSite() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "blattwerk-stop-"));
  // PostgreSQL's own user (when run as root) must reach its data folder inside.
  fs.chmodSync(folder, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOSTNAME_BIND: "127.0.0.1",
    DATA_DIR: folder,
    NEXT_WORKERS: "2",
  };
  // The embedded database is part of what must stop.
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  const npm = spawn("npm", ["start"], { detached: true, stdio: "ignore", env });
  started.push(npm.pid!);
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600 || npm.exitCode !== null) throw new Error("the site did not start");
    await sleep(200);
  }
  return { npm, port, folder };
}

async function waitUntilEmpty(pgid: number, deadlineMs: number) {
  const until = Date.now() + deadlineMs;
  while (processGroup(pgid).length > 0 && Date.now() < until) await sleep(200);
  return processGroup(pgid);
}

afterEach(() => {
  // Whatever a failed test left running: only the groups this file started.
  for (const pgid of started.splice(0)) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("stopping npm start with a signal to one process", () => {
  it("SIGTERM to npm stops the site, its Next workers and the embedded database", async () => {
    const { npm, port, folder } = await startSite();
    const group = processGroup(npm.pid!);
    expect(group.some((p) => /origin\/server\.ts/.test(p.command))).toBe(true);
    expect(group.some((p) => /\/postgres /.test(p.command))).toBe(true);

    process.kill(npm.pid!, "SIGTERM");
    expect(await waitUntilEmpty(npm.pid!, 20_000)).toEqual([]);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    // A clean shutdown removes the postmaster's pid file; a killed server leaves it behind.
    expect(fs.existsSync(path.join(folder, "postgres", "postmaster.pid"))).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 180_000);

  it("SIGINT to the launcher's node process (under npm) stops everything too", async () => {
    const { npm, folder } = await startSite();
    const launcher = processGroup(npm.pid!).find((p) => /scripts\/start\.ts start/.test(p.command));
    expect(launcher).toBeDefined();

    process.kill(launcher!.pid, "SIGINT");
    expect(await waitUntilEmpty(npm.pid!, 20_000)).toEqual([]);
    expect(fs.existsSync(path.join(folder, "postgres", "postmaster.pid"))).toBe(false);
    fs.rmSync(folder, { recursive: true, force: true });
  }, 180_000);
});
