import "server-only";
import fs from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq, lt, or, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { importReports, type ImportStatus, users } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { CurrentUser } from "@/server/accounts/session";
import { conflict, forbidden, notFound } from "@/server/http/errors";
import { emptyReport, type ImportReport } from "./report";
import { isWxrRefusal, runWordpressImport } from "./run";

// Imports started from the dashboard run in the background of the server process that took
// the upload (there is no job engine); their row in import_reports is the status every worker
// process can show. A run whose process died stops beating and is shown as interrupted.
const STALE_AFTER_MS = 5 * 60_000;
const PROGRESS_EVERY_MS = 1000;

export type ImportRun = {
  id: number;
  source: string;
  dryRun: boolean;
  status: ImportStatus;
  progressDone: number;
  progressTotal: number;
  errorKey: string | null;
  createdAt: Date;
  startedBy: string | null;
  report: ImportReport;
};

function requireAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} may not import`);
}

/** Runs whose process stopped beating are over; their rows must not block the next import. */
async function markStaleRuns(): Promise<void> {
  const staleBefore = new Date(Date.now() - STALE_AFTER_MS);
  await db
    .update(importReports)
    .set({ status: "interrupted", errorKey: "wordpressImport.interrupted" })
    .where(
      and(
        eq(importReports.status, "running"),
        or(isNull(importReports.heartbeatAt), lt(importReports.heartbeatAt, staleBefore)),
      ),
    );
}

/**
 * Starts importing an uploaded export in the background and returns its run's id at once.
 * Takes over the file (a temporary folder of its own): it is deleted when the run ends.
 */
export async function startImportRun(
  admin: CurrentUser,
  upload: { dir: string; file: string; name: string },
  options: { dryRun: boolean; skipPings: boolean },
): Promise<number> {
  requireAdmin(admin);
  await markStaleRuns();
  let id: number;
  try {
    [{ id }] = await db
      .insert(importReports)
      .values({
        source: upload.name,
        dryRun: options.dryRun,
        report: emptyReport(upload.name, options.dryRun),
        startedBy: admin.id,
        status: "running",
        heartbeatAt: new Date(),
      })
      .returning({ id: importReports.id });
  } catch (error) {
    await fs.rm(upload.dir, { recursive: true, force: true });
    if ((error as { code?: string }).code === "23505") throw conflict("wordpressImport.busy", "a run is in progress");
    throw error;
  }
  void runInBackground(id, admin.id, upload, options);
  return id;
}

async function runInBackground(
  id: number,
  startedBy: string,
  upload: { dir: string; file: string; name: string },
  options: { dryRun: boolean; skipPings: boolean },
): Promise<void> {
  let lastWrite = 0;
  const finish = (status: ImportStatus, errorKey: string) =>
    db
      .update(importReports)
      .set({ status, errorKey, heartbeatAt: new Date() })
      .where(eq(importReports.id, id))
      .catch((error: unknown) => logger.error({ err: error, id }, "import run: status not saved"));
  try {
    await runWordpressImport(db, upload.file, {
      ...options,
      timeZone: env().SITE_TIMEZONE,
      startedBy,
      reportId: id,
      sourceName: upload.name,
      onProgress: async (done, total, report) => {
        if (done < total && Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
        lastWrite = Date.now();
        await db
          .update(importReports)
          .set({ progressDone: done, progressTotal: total, report, heartbeatAt: new Date() })
          .where(eq(importReports.id, id));
      },
    });
    logger.info({ id, source: upload.name }, "import run finished");
  } catch (error) {
    if (isWxrRefusal(error)) await finish("refused", error.publicKey);
    else {
      logger.error({ err: error, id }, "import run failed");
      await finish("failed", "wordpressImport.failed");
    }
  } finally {
    await fs.rm(upload.dir, { recursive: true, force: true });
  }
}

const runColumns = {
  id: importReports.id,
  source: importReports.source,
  dryRun: importReports.dryRun,
  status: importReports.status,
  progressDone: importReports.progressDone,
  progressTotal: importReports.progressTotal,
  errorKey: importReports.errorKey,
  createdAt: importReports.createdAt,
  startedBy: users.name,
};

/** Past and running imports, newest first (command-line runs included), without their reports. */
export async function listImportRuns(admin: CurrentUser, limit = 50): Promise<Omit<ImportRun, "report">[]> {
  requireAdmin(admin);
  await markStaleRuns();
  return db
    .select(runColumns)
    .from(importReports)
    .leftJoin(users, eq(users.id, importReports.startedBy))
    .orderBy(desc(importReports.createdAt), desc(importReports.id))
    .limit(limit);
}

export async function getImportRun(admin: CurrentUser, id: number): Promise<ImportRun> {
  requireAdmin(admin);
  await markStaleRuns();
  const [row] = await db
    .select({ ...runColumns, report: sql<ImportReport>`${importReports.report}` })
    .from(importReports)
    .leftJoin(users, eq(users.id, importReports.startedBy))
    .where(eq(importReports.id, id));
  if (!row) throw notFound(`import run ${id}`);
  return row;
}

/** A temporary folder for one upload, beside nothing else of the site's. */
export async function uploadFolder(): Promise<string> {
  return fs.mkdtemp(path.join(tmpdir(), "blattwerk-import-"));
}
