import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { Logger, runMigrations as runJobMigrations } from "graphile-worker";

const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");
// Any fixed number shared by every process of this app: two servers starting at once
// take turns instead of both applying the same migration.
const MIGRATION_LOCK = 727_274_001;

export async function migrateDatabase(url: string): Promise<void> {
  // One connection, so the advisory lock and the migration share a session.
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    try {
      await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    }
  } finally {
    await sql.end();
  }
  // The mail outbox's trigger queues jobs into graphile-worker's schema (server/mail/worker.ts);
  // graphile-worker migrates it under a lock of its own.
  await runJobMigrations({ connectionString: url, logger: quietLogger });
}

const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.warn(`[graphile-worker] ${message}`);
});
