// npm run bench:lighthouse [-- --dataset demo|large] [--url http://127.0.0.1:3000 [--article /posts/slug]]
// Lighthouse's four category scores for the home page and an article page with comments.
// Lighthouse is pinned to 12.2.3: 13 needs Node 22. Without --url the site is started on the
// bench database exactly as `npm run bench` starts it.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import postgres from "postgres";
import fs from "node:fs";
import path from "node:path";
import { dataFolder } from "../scripts/database";
import { BENCH_DATABASES, type BenchDataset } from "./accounts";
import { findTargets } from "./cases";
import { benchDatabaseUrl, databaseExists, openBenchServer } from "./database";
import { writeResults } from "./report";
import { startSite, type Site } from "./site";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

const { values: args } = parseArgs({
  options: { dataset: { type: "string", default: "demo" }, url: { type: "string" }, article: { type: "string" } },
});
process.env.CHROME_PATH ??= "/usr/bin/chromium";

type Scores = Record<(typeof CATEGORIES)[number], number | null>;
type PageResult = { scores: Scores; scriptKb: number; lhr: unknown };
type NetworkRequest = { resourceType?: string; transferSize?: number };

async function audit(url: string): Promise<PageResult> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    let result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    });
    // Lighthouse 12 sometimes fails to read Chromium's trace (NO_NAVSTART, an interstitial):
    // such a run has no performance score at all, so it is repeated, twice at most.
    for (let attempt = 1; attempt < 3 && result?.lhr.runtimeError; attempt++) {
      console.log(`  ${result.lhr.runtimeError.code}: running again`);
      result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
    }
    const categories = result?.lhr.categories ?? {};
    const audits = result?.lhr.audits ?? {};
    const scores = {} as Scores;
    const failed: string[] = [];
    for (const c of CATEGORIES) {
      const score = categories[c]?.score;
      scores[c] = typeof score === "number" ? Math.round(score * 100) : null;
      // What cost points outside performance, so a score below 100 says why.
      if (c === "performance") continue;
      for (const ref of categories[c]?.auditRefs ?? [])
        if (ref.weight > 0 && audits[ref.id]?.score === 0) failed.push(ref.id);
    }
    const metrics = [
      "first-contentful-paint",
      "largest-contentful-paint",
      "total-blocking-time",
      "cumulative-layout-shift",
      "speed-index",
    ].map((id) => `${id.replace(/-/g, " ")} ${audits[id]?.displayValue ?? "?"}`);
    console.log(`  ${metrics.join(", ")}${failed.length ? `; failed: ${failed.join(", ")}` : ""}`);
    // The performance audits that are not perfect, worst first: where the remaining points go.
    const losing = (categories.performance?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((a) => a && typeof a.score === "number" && a.score < 0.9 && a.scoreDisplayMode !== "informative")
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
      .slice(0, 6)
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
    if (losing.length) console.log(`  below 0.9: ${losing.join(", ")}`);
    // Compressed bytes of every script the page loaded (what the 120 KB budget counts).
    const requests = (audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ?? [];
    const scriptBytes = requests
      .filter((r) => r.resourceType === "Script")
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
    const scriptKb = Math.round(scriptBytes / 102.4) / 10;
    console.log(
      `  scripts: ${requests.filter((r) => r.resourceType === "Script").length} files, ${scriptKb} KB compressed`,
    );
    return { scores, scriptKb, lhr: result?.lhr };
  } finally {
    chrome.kill();
  }
}

async function auditSite(baseUrl: string, articlePath: string) {
  const pages = { home: "/", article: articlePath };
  const results: Record<string, Scores & { "script KB": number }> = {};
  const reports: Record<string, unknown> = {};
  for (const [name, pagePath] of Object.entries(pages)) {
    console.log(`[lighthouse] ${name}: ${baseUrl}${pagePath}`);
    const page = await audit(`${baseUrl}${pagePath}`);
    results[name] = { ...page.scores, "script KB": page.scriptKb };
    reports[name] = page.lhr;
  }
  console.table(results);
  const file = writeResults({ kind: "lighthouse", lighthouse: "12.2.3", baseUrl, pages, scores: results });
  // The full Lighthouse reports beside the summary, for a look at any audit.
  fs.writeFileSync(file.replace(/\.json$/, ".lhr.json"), JSON.stringify(reports));
  console.log(
    `Results: ${path.relative(process.cwd(), file)} (full reports: ${path.basename(file, ".json")}.lhr.json)`,
  );
}

if (args.url) {
  // A running site: the article is found through its own home page's first article link.
  const home = await (await fetch(args.url)).text();
  const articlePath = args.article ?? /href="(\/posts\/[^"#?]+)"/.exec(home)?.[1] ?? "/";
  await auditSite(args.url.replace(/\/$/, ""), articlePath);
} else {
  const dataset = args.dataset as BenchDataset;
  if (!(dataset in BENCH_DATABASES))
    throw new Error(`--dataset must be one of ${Object.keys(BENCH_DATABASES).join(", ")}`);
  const server = await openBenchServer();
  let site: Site | null = null;
  try {
    if (!(await databaseExists(server, BENCH_DATABASES[dataset])))
      throw new Error(`no bench database: run \`npm run bench:seed${dataset === "demo" ? " -- --demo" : ""}\` first`);
    const url = benchDatabaseUrl(server, BENCH_DATABASES[dataset]);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const targets = await findTargets(sql).finally(() => sql.end());
    site = await startSite(url, path.join(dataFolder(), "bench", "site"));
    await auditSite(site.baseUrl, targets.articlePath);
  } finally {
    await site?.stop();
    await server.stop();
  }
}
