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
  const machine = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` };
  fs.writeFileSync(file, `${JSON.stringify({ ...data, machine }, null, 2)}\n`);
  return file;
}
