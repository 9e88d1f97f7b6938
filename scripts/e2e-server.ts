// The site as the browser tests see it: a production build on its own fresh database
// (on the embedded server under .data/e2e, or on DATABASE_URL's server), so a test run
// never touches the demo or development data.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createFreshDatabase, openTestServer } from "../tests/test-database";

const folder = path.resolve(process.env.DATA_DIR ?? ".data", "e2e");
const server = await openTestServer("e2e");
const url = await createFreshDatabase(server.url, "blattwerk_e2e");
fs.mkdirSync(folder, { recursive: true });
// The browser tests read and check the database directly (see e2e/fixtures.ts).
fs.writeFileSync(path.join(folder, "database-url"), url, { mode: 0o600 });

const site = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "start"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
    DATA_DIR: folder,
  },
});
const stop = async (code: number) => {
  if (site.exitCode === null) {
    site.kill("SIGTERM");
    await new Promise((r) => site.once("exit", r));
  }
  await server.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
site.on("exit", (code) => void stop(code ?? 1));
