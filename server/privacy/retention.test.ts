import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "@/db/client";
import { PRIVACY_SETTINGS_KEY } from "@/lib/privacy-settings";
import { startMailWorker } from "@/server/mail/worker";
import { createAuthAttempt } from "@/tests/data";
import { addressRetentionDays, removeExpiredAddresses } from "./retention";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
// Documentation addresses of their own: other files count attempts for theirs in the same database.
const address = (n: number) => `2001:db8:7e7e::${n.toString(16)}`;

async function attemptsOf(subject: string): Promise<number[]> {
  const rows = await sql<{ id: number }[]>`select id from auth_attempts where subject = ${subject} order by id`;
  return rows.map((r) => r.id);
}

describe("client address retention", () => {
  // A table of this test's own stands for a future store in "clear" mode (a comment's address).
  beforeAll(async () => {
    await sql`create table if not exists retention_test_rows (id serial primary key, address text, created_at timestamptz not null)`;
  });
  afterAll(async () => {
    await sql`drop table if exists retention_test_rows`;
    await sql`delete from settings where key = ${PRIVACY_SETTINGS_KEY}`;
  });

  it("removes attempts older than the period and keeps recent ones", async () => {
    const old = await createAuthAttempt({ kind: "comment_address", subject: address(1), createdAt: daysAgo(31) });
    const recent = await createAuthAttempt({ kind: "comment_address", subject: address(1), createdAt: daysAgo(29) });
    const fresh = await createAuthAttempt({ kind: "sign_in_address", subject: address(1) });
    const touched = await removeExpiredAddresses(sql, 30);
    expect(touched.auth_attempts).toBeGreaterThanOrEqual(1);
    const left = await attemptsOf(address(1));
    expect(left).toEqual([recent, fresh]);
    expect(left).not.toContain(old);
  });

  it("clears the address column of a store that keeps its rows", async () => {
    const [kept, cleared] = await sql<{ id: number }[]>`
      insert into retention_test_rows (address, created_at)
      values (${address(2)}, ${daysAgo(2).toISOString()}), (${address(3)}, ${daysAgo(8).toISOString()})
      returning id`;
    const touched = await removeExpiredAddresses(sql, 7, [
      { table: "retention_test_rows", addressColumn: "address", timeColumn: "created_at", mode: "clear" },
    ]);
    expect(touched).toEqual({ retention_test_rows: 1 });
    const rows = await sql`select id, address from retention_test_rows order by id`;
    expect(rows).toEqual([
      { id: kept.id, address: address(2) },
      { id: cleared.id, address: null },
    ]);
  });

  it("reads the period from the dashboard setting, 30 days by default", async () => {
    await sql`delete from settings where key = ${PRIVACY_SETTINGS_KEY}`;
    expect(await addressRetentionDays(sql)).toBe(30);
    await sql`insert into settings (key, value) values (${PRIVACY_SETTINGS_KEY}, ${JSON.stringify({ addressRetentionDays: 3 })}::jsonb)`;
    expect(await addressRetentionDays(sql)).toBe(3);
  });

  it("runs as a job of the worker's runner, without mail settings too", async () => {
    await sql`insert into settings (key, value) values (${PRIVACY_SETTINGS_KEY}, ${JSON.stringify({ addressRetentionDays: 5 })}::jsonb)
      on conflict (key) do update set value = excluded.value`;
    const old = await createAuthAttempt({ kind: "comment_address", subject: address(4), createdAt: daysAgo(6) });
    const recent = await createAuthAttempt({ kind: "comment_address", subject: address(4), createdAt: daysAgo(4) });
    const worker = await startMailWorker({ databaseUrl: process.env.DATABASE_URL!, mail: null, maxAttempts: 3 });
    try {
      // What the crontab queues each hour: the same task by name.
      await sql`select graphile_worker.add_job('remove_expired_addresses', '{}'::json)`;
      await expect.poll(() => attemptsOf(address(4)), { timeout: 20_000 }).toEqual([recent]);
      expect(await attemptsOf(address(4))).not.toContain(old);
    } finally {
      await worker.stop();
    }
  });
});
