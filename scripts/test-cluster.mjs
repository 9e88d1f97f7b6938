// `npm run test:cluster`: the cluster test (tests/cluster/) against Debian's Varnish. Builds when
// stale, ends with one line of totals. Exit 2 when varnishd is missing, so scripts/test.mjs can
// tell "not run" from "failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const results = path.resolve(process.env.DATA_DIR ?? ".data", "test-results");
fs.mkdirSync(results, { recursive: true });
const json = path.join(results, "cluster.json");
fs.rmSync(json, { force: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (spawnSync("varnishd", ["-V"], { stdio: "ignore" }).status !== 0) {
  console.log("\nvarnishd not found (apt-get install varnish varnish-modules): the cluster test did not run");
  process.exit(2);
}
if (spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], { stdio: "inherit", env }).status !== 0) {
  console.log("\nthe build failed: the cluster test did not run\n0 passed, 1 failed");
  process.exit(1);
}
const status =
  spawnSync(
    "node_modules/.bin/vitest",
    [
      "run",
      "--config",
      "vitest.cluster.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${json}`,
    ],
    { stdio: "inherit", env },
  ).status ?? 1;
let passed = 0;
let failed = 1;
if (fs.existsSync(json)) {
  const r = JSON.parse(fs.readFileSync(json, "utf8"));
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  passed = r.numPassedTests;
  failed = r.numFailedTests + brokenFiles + r.numPendingTests + r.numTodoTests;
  if (status !== 0 && failed === 0) failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
