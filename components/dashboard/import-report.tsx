import { t, type TextKey } from "@/lib/i18n";
import { REPORT_KINDS, type ImportReport, type Outcome } from "@/server/wordpress-import/report";

const OUTCOMES: Outcome[] = ["imported", "updated", "unchanged", "skipped", "failed"];

/** An import's report: counts per kind and outcome, then what was skipped or failed and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  // Reports written by an older version may lack kinds added since.
  const kinds = REPORT_KINDS.filter((kind) => OUTCOMES.some((o) => (report.counts[kind]?.[o] ?? 0) > 0));
  const omitted = report.omitted.problems + report.omitted.notes + report.omitted.media;
  return (
    <div className="import-report">
      {report.dryRun ? <p role="note">{t("dash.import.dryRunNote")}</p> : null}
      <table className="moderation-table" data-testid="import-counts">
        <thead>
          <tr>
            <th scope="col">{t("dash.import.col.kind")}</th>
            {OUTCOMES.map((o) => (
              <th scope="col" key={o}>
                {t(`dash.import.outcome.${o}` as TextKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} data-kind={kind}>
              <th scope="row">{t(`dash.import.kind.${kind}` as TextKey)}</th>
              {OUTCOMES.map((o) => (
                <td key={o} data-outcome={o}>
                  {report.counts[kind][o]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length > 0 ? (
        <section aria-labelledby="import-problems">
          <h3 id="import-problems">{t("dash.import.problems")}</h3>
          <ul>
            {report.problems.map((p, i) => (
              <li key={i}>
                {t(`dash.import.outcome.${p.outcome}` as TextKey)} · {t(`dash.import.kind.${p.kind}` as TextKey)} ·{" "}
                {p.ref}: {p.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.notes.length > 0 ? (
        <section aria-labelledby="import-notes">
          <h3 id="import-notes">{t("dash.import.notes")}</h3>
          <ul>
            {report.notes.map((n, i) => (
              <li key={i}>
                {n.ref}: {n.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.media.length > 0 ? (
        <section aria-labelledby="import-media">
          <h3 id="import-media">{t("dash.import.media")}</h3>
          <ul>
            {report.media.map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {omitted > 0 ? <p>{t("dash.import.omitted", { count: omitted })}</p> : null}
    </div>
  );
}
