import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET, E2E_PORT, E2E_SMTP_PORT } from "./e2e/test-env";

const PORT = E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
const SMTP_PORT = E2E_SMTP_PORT;
// Debian's Chromium where installed (CI and these machines); Playwright's own browser elsewhere.
const systemChromium = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(PORT),
      HOSTNAME_BIND: "127.0.0.1",
      // As behind a reverse proxy: each test sends its own X-Forwarded-For, so per-address limits stay per test.
      TRUST_PROXY: "true",
      // The public origin: magic links are built on it, never on the request's Host header.
      AUTH_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      EMAIL_FROM: "Blattwerk <noreply@blattwerk.test>",
      AUTH_SECRET: E2E_AUTH_SECRET,
    },
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
