// One table for the terminal (and the README), and the full results as JSON.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CaseResult } from "./load";

export function formatTable(cases: CaseResult[], baselineRps: number): string {
  const header = ["case", "conns", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "× baseline", "note"];
  const rows = cases.map((c) =>
    c.skipped
      ? [c.name, String(c.connections), "–", "–", "–", "–", "–", "–", c.skipped]
      : [
          c.name,
          String(c.connections),
          c.requestsPerSecond.toFixed(c.requestsPerSecond < 10 ? 1 : 0),
          String(c.p50Ms),
          String(c.p99Ms),
          String(c.errors),
          c.non2xx > 0 ? `${c.non2xx} (${nonSuccessCodes(c)})` : "0",
          baselineRps > 0 ? ratio(c.requestsPerSecond / baselineRps) : "–",
          c.note ?? "",
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

const ratio = (r: number) => (r >= 0.01 || r === 0 ? r.toFixed(2) : r.toFixed(4));

function nonSuccessCodes(c: CaseResult): string {
  return Object.entries(c.statusCodes)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, n]) => `${code}×${n}`)
    .join(", ");
}

export function writeResults(data: Record<string, unknown>): string {
  const dir = path.resolve("bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
  };
  fs.writeFileSync(file, `${JSON.stringify({ ...data, machine }, null, 2)}\n`);
  return file;
}

type SavedResults = {
  dataset: string;
  quick: boolean;
  durationSeconds: number;
  startedAt: string;
  cases: CaseResult[];
};

/** The newest saved run on `dataset` measured the same way (quick or full), if any. */
export function latestResults(dataset: string, quick: boolean): SavedResults | null {
  const dir = path.resolve("bench", "results");
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .reverse();
  for (const file of files) {
    const saved = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Partial<SavedResults>;
    if (saved.dataset === dataset && saved.quick === quick && Array.isArray(saved.cases)) return saved as SavedResults;
  }
  return null;
}

/**
 * Each case's latency on this dataset as a multiple of its latency on the small one (the
 * scale goal: at most 1.5×). Cases are matched by name, except the deep dashboard page,
 * whose name carries its page number.
 */
export function formatScaleComparison(cases: CaseResult[], small: SavedResults): string {
  const key = (name: string) => name.replace(/page \d+$/, (m) => (m === "page 1" ? m : "deep page"));
  const before = new Map(small.cases.map((c) => [key(c.name), c]));
  const header = ["case", "p50 ms (small)", "p50 ms", "× p50", "p99 ms (small)", "p99 ms", "× p99"];
  const rows = cases
    .filter((c) => !c.skipped && !c.name.startsWith("baseline"))
    .flatMap((c) => {
      const b = before.get(key(c.name));
      if (!b || b.skipped) return [];
      const times = (now: number, then: number) => (then > 0 ? (now / then).toFixed(2) : "–");
      return [
        [
          c.name,
          String(b.p50Ms),
          String(c.p50Ms),
          times(c.p50Ms, b.p50Ms),
          String(b.p99Ms),
          String(c.p99Ms),
          times(c.p99Ms, b.p99Ms),
        ],
      ];
    });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [
    `Latency against ${small.dataset} (run of ${small.startedAt}):`,
    "",
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}
