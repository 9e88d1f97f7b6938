// Resolves the database for every entry point (site, migrations, seed, tests, bench):
// DATABASE_URL when set, else the embedded server under the data folder.
import path from "node:path";
import { startEmbeddedDatabase } from "../db/embedded";
import { env } from "../lib/env";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export function dataFolder(): string {
  return path.resolve(env().DATA_DIR);
}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

export async function openDatabase(options: { embeddedDir?: string } = {}): Promise<Database> {
  const configured = env().DATABASE_URL;
  if (configured) {
    console.log(`[db] using DATABASE_URL (${describeUrl(configured)})`);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const dataDir = options.embeddedDir ?? path.join(dataFolder(), "postgres");
  const db = await startEmbeddedDatabase({ dataDir, projectDir: process.cwd() });
  console.log(`[db] using embedded PostgreSQL in ${db.dataDir} (${describeUrl(db.url)})`);
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Runs `work`, stopping an embedded database afterwards and on Ctrl-C. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  const onSignal = () => void db.stop().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await work(db);
  } finally {
    await db.stop();
  }
}
