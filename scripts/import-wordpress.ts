// npm run import:wordpress -- <export.xml> [--dry-run] [--skip-pings] [--timezone Europe/Berlin]
//   [--keep-image-urls] [--allow-private-image-hosts]
// Imports a WordPress export (WXR) into the database `npm start` uses: DATABASE_URL, the
// embedded server a running site has open, or the embedded server started for the import.
import "./check-env";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { findRunningEmbeddedDatabase } from "../db/embedded";
import { migrateDatabase } from "../db/migrate";
import * as schema from "../db/schema";
import { formatReport, type ImportReport } from "../server/wordpress-import/report";
import { isWxrRefusal, runWordpressImport } from "../server/wordpress-import/run";
import { dataFolder, withDatabase } from "./database";
import { env } from "../lib/env";
import { t } from "../lib/i18n";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean" },
    "skip-pings": { type: "boolean" },
    timezone: { type: "string" },
    "keep-image-urls": { type: "boolean" },
    "allow-private-image-hosts": { type: "boolean" },
  },
});
const file = positionals[0];
if (!file) {
  console.error(t("wordpressImport.usage"));
  process.exit(2);
}

function progress() {
  const tty = Boolean(process.stdout.isTTY);
  const bar = new SingleBar({
    format: t("wordpressImport.bar"),
    hideCursor: true,
  });
  let started = false;
  let lastLine = 0;
  return {
    update(done: number, total: number, report: ImportReport) {
      const payload = {
        comments: report.counts.comments.imported + report.counts.comments.updated + report.counts.comments.unchanged,
        failed: Object.values(report.counts).reduce((n, c) => n + c.failed, 0),
      };
      if (tty) {
        if (!started) bar.start(total, done, payload);
        started = true;
        bar.update(done, payload);
      } else if (done === total || Date.now() - lastLine > 5000) {
        // Logs and CI get a line now and then rather than a bar redrawn in place.
        lastLine = Date.now();
        console.log(t("wordpressImport.progress", { done, total, ...payload }));
      }
    },
    stop: () => started && bar.stop(),
  };
}

async function importInto(url: string): Promise<number> {
  await migrateDatabase(url);
  const client = postgres(url, { max: 2, onnotice: () => {} });
  const bar = progress();
  try {
    const report = await runWordpressImport(drizzle(client, { schema }), path.resolve(file), {
      dryRun: values["dry-run"],
      skipPings: values["skip-pings"],
      keepImageUrls: values["keep-image-urls"],
      allowPrivateImageHosts: values["allow-private-image-hosts"],
      timeZone: values.timezone ?? env().SITE_TIMEZONE,
      onProgress: (done, total, report) => bar.update(done, total, report),
    });
    bar.stop();
    console.log(formatReport(report));
    return Object.values(report.counts).some((c) => c.failed > 0) ? 1 : 0;
  } catch (error) {
    bar.stop();
    if (isWxrRefusal(error)) {
      console.error(t("wordpressImport.refused", { reason: t(error.publicKey), detail: error.detail ?? "" }));
      return 2;
    }
    throw error;
  } finally {
    await client.end();
  }
}

const running = env().DATABASE_URL
  ? null
  : findRunningEmbeddedDatabase({ dataDir: path.join(dataFolder(), "postgres"), projectDir: process.cwd() });
if (running) console.log(t("wordpressImport.usingRunning"));
const status = running ? await importInto(running) : await withDatabase((db) => importInto(db.url));
process.exit(status);
