// Hears what writes publish on the purge channel (lib/cache-keys.ts), for integration tests.
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { PURGE_CHANNEL } from "@/lib/cache-keys";

export type Published = { keys: string[]; payloads: string[] };

export type PurgeListener = {
  /** Runs the write and returns every key published from its start until it returned. */
  published(write: () => Promise<unknown>): Promise<Published>;
  close(): Promise<void>;
};

export async function listenForPurges(databaseUrl: string): Promise<PurgeListener> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  let heard: string[] = [];
  const markers = new Map<string, () => void>();
  await sql.listen(PURGE_CHANNEL, (payload) => {
    const arrived = markers.get(payload);
    if (arrived) arrived();
    else heard.push(payload);
  });

  // PostgreSQL delivers notifications in commit order: once a marker sent after the write has
  // arrived, everything the write's transactions published has arrived too. No waiting on time.
  async function drain(): Promise<void> {
    const marker = `test-marker:${randomUUID()}`;
    const arrived = new Promise<void>((resolve) => markers.set(marker, resolve));
    await sql`select pg_notify(${PURGE_CHANNEL}, ${marker})`;
    await arrived;
    markers.delete(marker);
  }

  return {
    async published(write) {
      await drain();
      heard = [];
      await write();
      await drain();
      const payloads = heard;
      heard = [];
      return { keys: [...new Set(payloads.flatMap((p) => p.split(" ")))].sort(), payloads };
    },
    close: () => sql.end(),
  };
}
