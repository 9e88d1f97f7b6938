import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import postgres from "postgres";
import { createUser, connectTestData, type Role, type TestUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

// The e2e server (scripts/e2e-server.ts) writes the URL of its fresh database here.
function e2eDatabaseUrl(): string {
  return fs.readFileSync(path.resolve(process.env.DATA_DIR ?? ".data", "e2e", "database-url"), "utf8").trim();
}

// The e2e server runs with TRUST_PROXY=true, as behind a reverse proxy: every test (and
// every saved sign-in) comes from its own client address, so the per-address limits of
// one test never reach into another.
let addressCounter = 0;
export const uniqueAddress = () =>
  `10.${process.pid % 250}.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

/** A browser context of its own (own cookies, own client address), optionally with a saved sign-in. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: { storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>; javaScriptEnabled?: boolean } = {},
) {
  return browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() }, ...options });
}

type SavedSignIn = { user: TestUser; state: Awaited<ReturnType<BrowserContext["storageState"]>> };
type WorkerFixtures = { sql: postgres.Sql; signedIn: Record<Role, SavedSignIn> };
type TestFixtures = { as: (role: Role, options?: { javaScriptEnabled?: boolean }) => Promise<Page> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extraHTTPHeaders: async ({}, provide) => provide({ "x-forwarded-for": uniqueAddress() }),
  sql: [
    async ({}, use) => {
      const sql = postgres(e2eDatabaseUrl(), { max: 2, onnotice: () => {} });
      // The builders of tests/data.ts write through this worker's connection.
      connectTestData(sql);
      await use(sql);
      await sql.end();
    },
    // Auto: the builders need the connection also in tests that never ask for `sql`.
    { scope: "worker", auto: true },
  ],
  // One saved sign-in per role, made once per worker through the real form. Tests using it
  // must not sign out (that ends every session of the user); they create their own users.
  signedIn: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      const saved = {} as Record<Role, SavedSignIn>;
      for (const role of ["reader", "author", "admin"] as const) {
        const user = await createUser(role);
        const context = await newContext(browser, baseURL);
        const page = await context.newPage();
        await new SignInPage(page).signIn(user.email, user.password);
        await expect(page).toHaveURL(/\/$/);
        saved[role] = { user, state: await context.storageState() };
        await context.close();
      }
      await use(saved);
    },
    { scope: "worker" },
  ],
  as: async ({ browser, signedIn, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, options = {}) => {
      const context = await newContext(browser, baseURL!, { storageState: signedIn[role].state, ...options });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
