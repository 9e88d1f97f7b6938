// The short form of `npm run test:soak` (bench/soak.ts): 30 seconds of readers posting comments
// across one PostgreSQL restart; not one acknowledged comment may be lost or stored twice.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, expect, it } from "vitest";

type SoakResult = { acknowledged: number; lost: number; duplicated: number; outages: unknown[] };

let soak: ChildProcess | undefined;

// Also after a timeout: the soak runs in a process group of its own (with its site and its
// database), which goes as a whole.
afterAll(async () => {
  if (!soak || soak.exitCode !== null || soak.signalCode !== null) return;
  const exited = new Promise((resolve) => soak!.once("exit", resolve));
  process.kill(-soak.pid!, "SIGTERM");
  const timer = setTimeout(() => process.kill(-soak!.pid!, "SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}, 30_000);

it(
  "loses and doubles no acknowledged comment across a database restart",
  async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "bench/soak.ts", "--duration", "30", "--short", "--json"],
      { detached: true, stdio: ["ignore", "pipe", "inherit"] },
    );
    soak = child;
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    const result = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as SoakResult;
    expect(result.outages).toHaveLength(1);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(code).toBe(0);
  },
  5 * 60_000,
);
