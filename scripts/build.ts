// A production build of the site when the current one is missing or stale (its sources'
// fingerprint changed). Used by the launcher and, once up front, by `npm test`, so the test
// files that start their own site instances never build in the middle of a test.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SOURCES = [
  "app",
  "components",
  "lib",
  "server",
  "db",
  "public",
  "auth.ts",
  "auth.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else if (!/\.(test|spec)\.tsx?$/.test(p)) {
      hash.update(p).update(fs.readFileSync(p));
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

/** Builds when needed; false when the build failed (its output says why). */
export function buildIfStale(): boolean {
  const marker = path.resolve(".next", "blattwerk-source-fingerprint");
  const fingerprint = sourceFingerprint();
  const current =
    fs.existsSync(".next/BUILD_ID") && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === fingerprint;
  if (current) return true;
  console.log("[build] building the site (no current production build)…");
  const nextBin = path.resolve("node_modules/.bin/next");
  const result = spawnSync(nextBin, ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("[build] the build failed");
    return false;
  }
  fs.writeFileSync(marker, fingerprint);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(buildIfStale() ? 0 : 1);
}
