import fs from "node:fs";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import postgres from "postgres";

// The e2e server (scripts/e2e-server.ts) writes the URL of its fresh database here.
function e2eDatabaseUrl(): string {
  return fs.readFileSync(path.resolve(process.env.DATA_DIR ?? ".data", "e2e", "database-url"), "utf8").trim();
}

type Fixtures = { sql: postgres.Sql };

export const test = base.extend<object, Fixtures>({
  sql: [
    async ({}, use) => {
      const sql = postgres(e2eDatabaseUrl(), { max: 2, onnotice: () => {} });
      await use(sql);
      await sql.end();
    },
    { scope: "worker" },
  ],
});

export { expect };
