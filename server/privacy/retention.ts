// Client addresses are kept only as long as the abuse rules need them: a job removes them after
// the dashboard's period (settings "privacy", default 30 days). Runs in the job worker
// (server/mail/worker.ts), outside Next, on its own postgres.js connection.
import type postgres from "postgres";
import { parsePrivacySettings, PRIVACY_SETTINGS_KEY } from "@/lib/privacy-settings";

/**
 * Every place a client address is stored. "delete": the row exists only for the address (a
 * rate-limit attempt); "clear": the row stays, its address column is set to null.
 * A new table or column that stores addresses needs one line here.
 */
export type AddressStore = { table: string; addressColumn: string; timeColumn: string; mode: "delete" | "clear" };

export const ADDRESS_STORES: AddressStore[] = [
  // Sign-in, sign-up, mail-link and comment limits per address (server/accounts/rate-limit.ts).
  // Rows counted per email go too: none of their windows is longer than a day.
  { table: "auth_attempts", addressColumn: "subject", timeColumn: "created_at", mode: "delete" },
];

// Small batches keep each statement's locks short on a large table.
const BATCH = 5000;

const identifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Removes addresses older than `days` from every store; returns the rows touched per table. */
export async function removeExpiredAddresses(
  sql: postgres.Sql,
  days: number,
  stores: AddressStore[] = ADDRESS_STORES,
): Promise<Record<string, number>> {
  const touched: Record<string, number> = {};
  for (const store of stores) {
    const [table, address, time] = [store.table, store.addressColumn, store.timeColumn].map(identifier);
    // Plain text with quoted names: the app's client (db/pool-gate.ts) runs every sql`…` it is
    // handed as a query of its own, so nested fragments cannot be used with it.
    const expired = `ctid = any(array(select ctid from ${table}
      where ${time} < now() - make_interval(days => $1::int) and ${address} is not null limit ${BATCH}))`;
    const statement =
      store.mode === "delete"
        ? `delete from ${table} where ${expired}`
        : `update ${table} set ${address} = null where ${expired}`;
    touched[store.table] = 0;
    for (;;) {
      const result = await sql.unsafe(statement, [days]);
      touched[store.table] += result.count;
      if (result.count < BATCH) break;
    }
  }
  return touched;
}

/** The retention period set in the dashboard. */
export async function addressRetentionDays(sql: postgres.Sql): Promise<number> {
  // As text: the app's client leaves jsonb unparsed (Drizzle's setting), the worker's parses it.
  const [row] = await sql<
    { value: string }[]
  >`select value::text as value from settings where key = ${PRIVACY_SETTINGS_KEY}`;
  return parsePrivacySettings(row ? JSON.parse(row.value) : undefined).addressRetentionDays;
}
