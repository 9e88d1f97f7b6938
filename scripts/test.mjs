// `npm test`: the unit and integration tests (vitest, against a real PostgreSQL), then the
// browser tests (Playwright, against a production build). Ends with one line of totals.
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

const v = vitestTotals();
const p = playwrightTotals();
console.log(`\nvitest: ${v.passed} passed, ${v.failed} failed; playwright: ${p.passed} passed, ${p.failed} failed`);
const passed = v.passed + p.passed;
const failed =
  v.failed +
  p.failed +
  (vitestStatus !== 0 && v.failed === 0 ? 1 : 0) +
  (playwrightStatus !== 0 && p.failed === 0 ? 1 : 0);
const skipped = v.skipped + p.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
