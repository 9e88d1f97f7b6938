// npm run bench:lighthouse [-- --dataset demo|large] [--url http://127.0.0.1:3000]
// Lighthouse's four category scores for the home page and an article page with comments.
// Lighthouse is pinned to 12.2.3: 13 needs Node 22. Without --url the site is started on the
// bench database exactly as `npm run bench` starts it.
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import postgres from "postgres";
import path from "node:path";
import { dataFolder } from "../scripts/database";
import { BENCH_DATABASES, type BenchDataset } from "./accounts";
import { findTargets } from "./cases";
import { benchDatabaseUrl, databaseExists, openBenchServer } from "./database";
import { writeResults } from "./report";
import { startSite, type Site } from "./site";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

const { values: args } = parseArgs({ options: { dataset: { type: "string", default: "demo" }, url: { type: "string" } } });
process.env.CHROME_PATH ??= "/usr/bin/chromium";

type Scores = Record<(typeof CATEGORIES)[number], number | null>;

async function audit(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    const categories = result?.lhr.categories ?? {};
    const audits = result?.lhr.audits ?? {};
    const scores = {} as Scores;
    const failed: string[] = [];
    for (const c of CATEGORIES) {
      const score = categories[c]?.score;
      scores[c] = typeof score === "number" ? Math.round(score * 100) : null;
      // What cost points outside performance, so a score below 100 says why.
      if (c === "performance") continue;
      for (const ref of categories[c]?.auditRefs ?? []) if (ref.weight > 0 && audits[ref.id]?.score === 0) failed.push(ref.id);
    }
    const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"].map((id) => `${id.replace(/-/g, " ")} ${audits[id]?.displayValue ?? "?"}`);
    console.log(`  ${metrics.join(", ")}${failed.length ? `; failed: ${failed.join(", ")}` : ""}`);
    return scores;
  } finally {
    chrome.kill();
  }
}

async function auditSite(baseUrl: string, articlePath: string) {
  const pages = { home: "/", article: articlePath };
  const results: Record<string, Scores> = {};
  for (const [name, pagePath] of Object.entries(pages)) {
    console.log(`[lighthouse] ${name}: ${baseUrl}${pagePath}`);
    results[name] = await audit(`${baseUrl}${pagePath}`);
  }
  console.table(results);
  const file = writeResults({ kind: "lighthouse", lighthouse: "12.2.3", baseUrl, pages, scores: results });
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

if (args.url) {
  // A running site: the article is found through its own home page's first article link.
  const home = await (await fetch(args.url)).text();
  const articlePath = /href="(\/posts\/[^"#?]+)"/.exec(home)?.[1] ?? "/";
  await auditSite(args.url.replace(/\/$/, ""), articlePath);
} else {
  const dataset = args.dataset as BenchDataset;
  if (!(dataset in BENCH_DATABASES)) throw new Error(`--dataset must be one of ${Object.keys(BENCH_DATABASES).join(", ")}`);
  const server = await openBenchServer();
  let site: Site | null = null;
  try {
    if (!(await databaseExists(server, BENCH_DATABASES[dataset]))) throw new Error(`no bench database: run \`npm run bench:seed${dataset === "demo" ? " -- --demo" : ""}\` first`);
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
