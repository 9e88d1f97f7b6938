// `npm run worker`: the mail worker alone, for a site running as several instances with
// MAIL_WORKER=off. Any number may run: graphile-worker locks each job, the outbox row's claim
// does the rest (server/mail/worker.ts). Uses DATABASE_URL, else the embedded database of a
// running `npm start`, else starts the embedded one.
import path from "node:path";
import { findRunningEmbeddedDatabase } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import { getMailMaxAttempts, getMailSettings } from "../lib/site";
import { startMailWorker } from "../server/mail/worker";
import { dataFolder, openDatabase, type Database } from "./database";

const running = process.env.DATABASE_URL
  ? null
  : findRunningEmbeddedDatabase({ dataDir: path.join(dataFolder(), "postgres"), projectDir: process.cwd() });
const db: Database = running ? { url: running, embedded: true, stop: async () => {} } : await openDatabase();
await migrateDatabase(db.url);
const worker = await startMailWorker({
  databaseUrl: db.url,
  mail: getMailSettings(),
  maxAttempts: getMailMaxAttempts(),
});
console.log("[worker] mail worker running; Ctrl-C stops it");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  await db.stop();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
