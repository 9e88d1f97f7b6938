import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/auth/forms.module.css";
import { ImportReportView } from "@/components/dashboard/import-report";
import { formatDateTime } from "@/lib/format";
import { t, type TextKey } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { getImportRun, listImportRuns, type ImportRun } from "@/server/wordpress-import/jobs";

export function generateMetadata(): Metadata {
  return { title: t("dash.import.title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Only keys the upload route redirects with are shown: the query string is the visitor's to write.
const ERROR_KEYS = new Set([
  "wordpressImport.busy",
  "wordpressImport.noFile",
  "wordpressImport.tooLarge",
  "wordpressImport.uploadFailed",
]);
const REFRESH_SECONDS = 2;

export default async function ImportPage({ searchParams }: Props) {
  const admin = await guardPage(() => requireRole("admin"), "/dashboard/import");
  const params = await searchParams;
  const runId = Number(params.run);
  const run =
    Number.isSafeInteger(runId) && runId > 0
      ? await guardPage(() => getImportRun(admin, runId), "/dashboard/import")
      : null;
  const error = typeof params.error === "string" && ERROR_KEYS.has(params.error) ? params.error : null;
  return (
    <div className="moderation">
      <h1>{t("dash.import.title")}</h1>
      {run ? <RunView run={run} /> : <UploadForm error={error} />}
      <History current={run?.id ?? null} runs={await listImportRuns(admin)} />
    </div>
  );
}

function UploadForm({ error }: { error: string | null }) {
  return (
    <section aria-labelledby="import-upload" className="dashboard-section">
      <p>{t("dash.import.intro")}</p>
      {error ? (
        <div className={styles.formError} role="alert">
          <p>{t(error as TextKey)}</p>
        </div>
      ) : null}
      <h2 id="import-upload" className="visually-hidden">
        {t("dash.import.submit")}
      </h2>
      <form method="post" action="/api/wordpress-import" encType="multipart/form-data" className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="import-file">{t("dash.import.file")}</label>
          <input id="import-file" name="file" type="file" accept=".xml,application/xml,text/xml" required />
        </div>
        <label>
          <input type="checkbox" name="dryRun" /> {t("dash.import.dryRun")}
        </label>
        <label>
          <input type="checkbox" name="skipPings" /> {t("dash.import.skipPings")}
        </label>
        <div>
          <button type="submit" className="button">
            {t("dash.import.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}

function RunView({ run }: { run: ImportRun }) {
  const running = run.status === "running";
  return (
    <section aria-labelledby="import-run" className="dashboard-section" data-status={run.status}>
      {/* No script needed: the browser reloads the page until the run is over. */}
      {running ? <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} /> : null}
      <h2 id="import-run">
        {t("dash.import.runTitle", { source: run.source })} · {t(`dash.import.status.${run.status}` as TextKey)}
      </h2>
      {running ? (
        <div role="status">
          {run.progressTotal === 0 ? (
            <p>{t("dash.import.reading")}</p>
          ) : (
            <p>
              <progress value={run.progressDone} max={run.progressTotal} />{" "}
              {t("dash.import.progress", { done: run.progressDone, total: run.progressTotal })}
            </p>
          )}
          <p>
            {t("dash.import.refresh")} <Link href={`/dashboard/import?run=${run.id}`}>{t("dash.import.reload")}</Link>
          </p>
        </div>
      ) : null}
      {run.errorKey ? (
        <div className={styles.formError} role="alert">
          <p>{t(run.errorKey as TextKey)}</p>
        </div>
      ) : null}
      {run.status === "done" || run.status === "failed" || run.status === "interrupted" ? (
        <ImportReportView report={run.report} />
      ) : null}
      <p>
        <Link href="/dashboard/import">{t("dash.import.back")}</Link>
      </p>
    </section>
  );
}

function History({ runs, current }: { runs: Omit<ImportRun, "report">[]; current: number | null }) {
  return (
    <section aria-labelledby="import-history" className="dashboard-section">
      <h2 id="import-history">{t("dash.import.history")}</h2>
      {runs.length === 0 ? (
        <p>{t("dash.import.noRuns")}</p>
      ) : (
        <table className="moderation-table">
          <thead>
            <tr>
              <th scope="col">{t("dash.import.col.date")}</th>
              <th scope="col">{t("dash.import.col.file")}</th>
              <th scope="col">{t("dash.import.col.status")}</th>
              <th scope="col">{t("dash.import.col.by")}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <tr key={r.id} aria-current={r.id === current ? "true" : undefined}>
                <td>
                  <Link href={`/dashboard/import?run=${r.id}`}>{formatDateTime(r.createdAt)}</Link>
                </td>
                <td>{r.source}</td>
                <td>
                  {t(`dash.import.status.${r.status}` as TextKey)}
                  {r.dryRun ? ` · ${t("dash.import.dryRunLabel")}` : ""}
                </td>
                <td>{r.startedBy ?? t("dash.import.commandLine")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
