// The soak test's accounting, shared with the cluster test: what the site acknowledged
// (idempotency key → comment id) against what the database stored under the run's keys.
import type postgres from "postgres";

export async function compareAcknowledged(sql: postgres.Sql, runId: string, acknowledged: Map<string, number>) {
  const stored = await sql<{ key: string; n: number; id: number }[]>`
    select idempotency_key as key, count(*)::int as n, min(id) as id from comments
    where idempotency_key like ${`${runId}-%`} group by idempotency_key`;
  const byKey = new Map(stored.map((row) => [row.key, row]));
  let lost = 0;
  let duplicated = stored.filter((row) => row.n > 1).length;
  for (const [key, id] of acknowledged) {
    const row = byKey.get(key);
    if (!row) lost++;
    else if (row.id !== id) duplicated++; // acknowledged as one comment, stored as another
  }
  const storedUnacknowledged = stored.filter((row) => !acknowledged.has(row.key)).length;
  return {
    stored: stored.reduce((sum, row) => sum + row.n, 0),
    keys: stored.length,
    lost,
    duplicated,
    storedUnacknowledged,
  };
}
