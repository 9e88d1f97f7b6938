import Link from "next/link";
import editor from "@/components/editor/editor.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { hasChanges } from "@/lib/revision-diff";
import type { Comparison, RevisionText } from "@/server/revisions/revisions";
import { RevisionDiff } from "./revision-diff";

function label(version: RevisionText): string {
  const values = { date: formatDateTime(version.savedAt), name: version.savedBy ?? t("revisions.unknown") };
  return version.id === null ? t("revisions.currentLabel", values) : t("revisions.versionLabel", values);
}

/** Two versions' title and Markdown body compared, for articles and pages alike. */
export function RevisionComparison({
  title,
  comparison,
  listHref,
  editHref,
}: {
  title: string;
  comparison: Comparison;
  listHref: string;
  editHref: string;
}) {
  const [from, to] = [label(comparison.from), label(comparison.to)];
  const fields = [
    { caption: t("revisions.diffField.title"), rows: comparison.title },
    { caption: t("revisions.diffField.body"), rows: comparison.body },
  ];
  return (
    <div>
      <p className={editor.meta}>
        <Link href={listHref}>{t("revisions.list")}</Link> · <Link href={editHref}>{t("revisions.back")}</Link>
      </p>
      <h1>{t("revisions.diffTitle", { title })}</h1>
      <p>{t("revisions.diffHeading", { from, to })}</p>
      <p className={editor.meta}>{t("revisions.diffLegend")}</p>
      {fields.map((field) =>
        hasChanges(field.rows) ? (
          <RevisionDiff key={field.caption} caption={field.caption} rows={field.rows} fromLabel={from} toLabel={to} />
        ) : (
          <section key={field.caption} aria-label={field.caption}>
            <h2>{field.caption}</h2>
            <p>{t("revisions.diffUnchanged")}</p>
          </section>
        ),
      )}
    </div>
  );
}
