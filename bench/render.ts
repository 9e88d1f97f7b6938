// npm run bench:render [-- --rounds 4 --requests 200 --profile]
// The cost of one uncached render of the dozen-comment article page, measured the way that is
// least disturbed by a shared machine: the CPU time Next's workers spend per render (from
// /proc), besides the median latency, one request at a time, in several rounds. `--profile`
// writes a .cpuprofile per Next process to .data/bench/site/profiles, covering the measured
// rounds only (bench/cpu-profile-preload.mjs); `--save FILE` keeps the last page.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { dataFolder } from "../scripts/database";
import { BENCH_DATABASES } from "./accounts";
import { findTargets } from "./cases";
import { benchDatabaseUrl, openBenchServer } from "./database";
import { descendants, nextCpuSeconds, startSite } from "./site";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "4" },
    requests: { type: "string", default: "200" },
    path: { type: "string" },
    profile: { type: "boolean", default: false },
    save: { type: "string" },
  },
});
const rounds = Number(args.rounds);
const requests = Number(args.requests);
const siteDir = path.join(dataFolder(), "bench", "site");
const profileDir = path.join(siteDir, "profiles");
const server = await openBenchServer();
const url = benchDatabaseUrl(server, BENCH_DATABASES.demo);
const sql = postgres(url, { max: 1, onnotice: () => {} });
const target = args.path ?? (await findTargets(sql)).articlePath;
if (args.profile) {
  // Inherited by the launcher and Next's workers (scripts/start.ts appends its own flags).
  fs.rmSync(profileDir, { recursive: true, force: true });
  fs.mkdirSync(profileDir, { recursive: true });
  process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--import ${path.resolve("bench/cpu-profile-preload.mjs")}`]
    .filter(Boolean)
    .join(" ");
  process.env.RENDER_PROFILE_DIR = profileDir;
}
const site = await startSite(url, siteDir).catch(async (error: unknown) => {
  await server.stop();
  throw error;
});
let n = 0;
const render = async () => {
  const started = performance.now();
  const res = await fetch(`${site.baseUrl}${target}`, {
    headers: { cookie: `authjs.session-token=bench-render-${++n}`, "accept-encoding": "identity" },
  });
  const body = await res.arrayBuffer();
  if (args.save) fs.writeFileSync(args.save, Buffer.from(body));
  if (res.status !== 200) throw new Error(`${target} answered ${res.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  for (let i = 0; i < 30; i++) await render(); // warm-up: JIT and connection pools
  const rows: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const signal = () => args.profile && descendants(site.pid).forEach((pid) => process.kill(pid, "SIGUSR2"));
    signal();
    const commits = async () => {
      await new Promise((r) => setTimeout(r, 1500)); // PostgreSQL flushes its statistics within a second
      const [row] = await sql<
        { n: number }[]
      >`select xact_commit::int as n from pg_stat_database where datname = current_database()`;
      return row.n;
    };
    const commitsBefore = await commits();
    const cpuBefore = nextCpuSeconds(site.pid);
    const latencies: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests; i++) {
      const r = await render();
      latencies.push(r.ms);
      bytes = r.bytes;
    }
    const cpuMs = ((nextCpuSeconds(site.pid) - cpuBefore) * 1000) / requests;
    signal();
    // Each statement outside a transaction is a transaction of its own: queries per render.
    const queries = ((await commits()) - commitsBefore - 2) / requests;
    rows.push(
      `round ${round}: p50 ${median(latencies).toFixed(1)} ms, CPU ${cpuMs.toFixed(1)} ms per render, ${queries.toFixed(1)} transactions per render, ${bytes} bytes`,
    );
    console.log(rows.at(-1));
  }
} finally {
  await site.stop();
  await sql.end();
  await server.stop();
}
