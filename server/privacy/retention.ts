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

/** Removes addresses older than `days` from every store; returns the rows touched per table. */
export async function removeExpiredAddresses(
  sql: postgres.Sql,
  days: number,
  stores: AddressStore[] = ADDRESS_STORES,
): Promise<Record<string, number>> {
  const touched: Record<string, number> = {};
  for (const store of stores) {
    const table = sql(store.table);
    const address = sql(store.addressColumn);
    const time = sql(store.timeColumn);
    const cutoff = sql`now() - make_interval(days => ${days})`;
    touched[store.table] = 0;
    for (;;) {
      const expired = sql`ctid = any(array(
        select ctid from ${table} where ${time} < ${cutoff} and ${address} is not null limit ${BATCH}))`;
      const result =
        store.mode === "delete"
          ? await sql`delete from ${table} where ${expired}`
          : await sql`update ${table} set ${address} = null where ${expired}`;
      touched[store.table] += result.count;
      if (result.count < BATCH) break;
    }
  }
  return touched;
}

/** The retention period set in the dashboard. */
export async function addressRetentionDays(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ value: unknown }[]>`select value from settings where key = ${PRIVACY_SETTINGS_KEY}`;
  return parsePrivacySettings(row?.value).addressRetentionDays;
}
