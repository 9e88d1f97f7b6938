import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The entry points refuse a wrong configuration before they start anything: no database,
// no build, no Next. Each runs in a data folder of its own that must stay empty.
function run(entry: string[], vars: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "blattwerk-config-"));
  const result = spawnSync(process.execPath, ["--import", "tsx", ...entry], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATA_DIR: dataDir, ...vars },
    encoding: "utf8",
    timeout: 60_000,
  });
  const created = fs.readdirSync(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, created };
}

describe("a wrong configuration value", () => {
  it("stops `npm start` before the database starts, naming the variable", () => {
    const result = run(["scripts/start.ts", "start"], { SITE_URL: "foo" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Die Konfiguration ist ungültig:");
    expect(result.stderr).toContain(
      'SITE_URL must be an absolute http(s) URL such as "https://blattwerk.example" (got "foo").',
    );
    expect(result.stderr).not.toContain("    at ");
    expect(result.stdout).not.toContain("[db]");
    expect(result.created).toEqual([]);
  });

  it("lists every wrong variable at once", () => {
    const result = run(["scripts/start.ts", "start"], { DATABASE_POOL_SIZE: "-1", SITE_LOCALE: "fr" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_POOL_SIZE must be at least 1 (got "-1").');
    expect(result.stderr).toContain('SITE_LOCALE must be "de" or "en" (got "fr").');
    expect(result.created).toEqual([]);
  });

  it("stops the origin server (and so Next) too", () => {
    const result = run(["origin/server.ts", "--port", "1"], { TRUST_PROXY: "yes" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('TRUST_PROXY must be "true" or "false" (got "yes").');
  });
});
