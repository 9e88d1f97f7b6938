// `npm test`: the unit and integration tests (vitest, against a real PostgreSQL), the browser
// tests (Playwright, against a production build), then the cluster test (two instances behind
// Varnish, scripts/test-cluster.mjs) when varnishd is installed. Ends with one line of totals.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = path.resolve(process.env.DATA_DIR ?? ".data", "test-results");
fs.mkdirSync(results, { recursive: true });
const vitestJson = path.join(results, "vitest.json");
const playwrightJson = path.join(results, "playwright.json");
fs.rmSync(vitestJson, { force: true });
fs.rmSync(playwrightJson, { force: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (cmd, args, extraEnv = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;

// One production build up front (when stale): the fault and soak tests start site instances of
// their own, and the browser tests' server reuses it.
if (run(process.execPath, ["--import", "tsx", "scripts/build.ts"]) !== 0) {
  console.log("\nthe build failed: no tests ran\n0 passed, 1 failed");
  process.exit(1);
}
const vitestStatus = run("node_modules/.bin/vitest", [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestJson}`,
]);
const playwrightStatus = run("node_modules/.bin/playwright", ["test", "--reporter=list,json"], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
});
// Exit 2: no varnishd here. Counted as skipped, said loudly; CI installs Varnish, so it runs there.
const clusterStatus = run(process.execPath, ["scripts/test-cluster.mjs"]);

function vitestTotals() {
  if (!fs.existsSync(vitestJson)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(vitestJson, "utf8"));
  // A file that fails to load has no test results but must still count as a failure.
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + brokenFiles,
    skipped: r.numPendingTests + r.numTodoTests,
  };
}

function playwrightTotals() {
  if (!fs.existsSync(playwrightJson)) return { passed: 0, failed: 1, skipped: 0 };
  const s = JSON.parse(fs.readFileSync(playwrightJson, "utf8")).stats;
  const errors = JSON.parse(fs.readFileSync(playwrightJson, "utf8")).errors?.length ?? 0;
  return { passed: s.expected + s.flaky, failed: s.unexpected + errors, skipped: s.skipped };
}

function clusterTotals() {
  if (clusterStatus === 2) return { passed: 0, failed: 0, skipped: 1 };
  const file = path.join(results, "cluster.json");
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles, skipped: r.numPendingTests };
}

const v = vitestTotals();
const p = playwrightTotals();
const c = clusterTotals();
console.log(
  `\nvitest: ${v.passed} passed, ${v.failed} failed; playwright: ${p.passed} passed, ${p.failed} failed; ` +
    (clusterStatus === 2
      ? "cluster: NOT RUN (no varnishd; apt-get install varnish varnish-modules)"
      : `cluster: ${c.passed} passed, ${c.failed} failed`),
);
const passed = v.passed + p.passed + c.passed;
const failed =
  v.failed +
  p.failed +
  c.failed +
  (vitestStatus !== 0 && v.failed === 0 ? 1 : 0) +
  (playwrightStatus !== 0 && p.failed === 0 ? 1 : 0) +
  (clusterStatus !== 0 && clusterStatus !== 2 && c.failed === 0 ? 1 : 0);
const skipped = v.skipped + p.skipped + c.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
