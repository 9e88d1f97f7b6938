import "server-only";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { PoolGate, withPoolGate } from "./pool-gate";
import * as schema from "./schema";
import { databaseUrl } from "./url";
import { env } from "../lib/env";

// One client per process, kept on globalThis: Next bundles this module into several server
// bundles (pages, route handlers), each with its own module instance, and in development it
// reloads modules on every edit. Separate pools would each be DATABASE_POOL_SIZE large and
// each have a pool gate of their own, so neither the size nor the gate would hold.
const globalForDb = globalThis as unknown as { sql?: postgres.Sql };

function createClient(): postgres.Sql {
  const size = env().DATABASE_POOL_SIZE;
  const client = postgres(databaseUrl(), {
    max: size,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 30,
    // postgres.js waits up to 20 s between reconnect attempts after repeated failures: capped
    // at 1 s, requests during an outage fail at once and the site recovers within a second.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    connection: {
      statement_timeout: 10_000,
      // A transaction left open by a bug must not hold a connection forever.
      idle_in_transaction_session_timeout: 15_000,
      application_name: "blattwerk",
      // The purge triggers (db/migrations/0008_purge_keys.sql) file articles under archive
      // months of the site's time zone, which only the app knows.
      "blattwerk.site_timezone": env().SITE_TIMEZONE,
    },
  });
  return withPoolGate(client, new PoolGate(size, env().DATABASE_POOL_WAIT_MS));
}

export const sql = (globalForDb.sql ??= createClient());

export const db = drizzle(sql, { schema });
export type Db = typeof db;
