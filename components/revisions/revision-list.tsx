import type { ReactNode } from "react";
import Link from "next/link";
import editor from "@/components/editor/editor.module.css";
import forms from "@/components/auth/forms.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import type { RevisionSummary, RevisionText } from "@/server/revisions/revisions";
import styles from "./revisions.module.css";

/** The versions of an article or a page, with a plain GET form to compare any two (no JavaScript needed). */
export function RevisionList({
  title,
  editHref,
  basePath,
  current,
  revisions,
  extra,
}: {
  title: string;
  editHref: string;
  basePath: string;
  current: RevisionText;
  revisions: RevisionSummary[];
  /** What each entry offers besides comparing: a link to view it, or a restore button. */
  extra: (revision: RevisionSummary) => ReactNode;
}) {
  const unknown = t("revisions.unknown");
  const option = (r: RevisionSummary) =>
    t("revisions.item", { date: formatDateTime(r.savedAt), name: r.savedBy ?? unknown });
  return (
    <div>
      <h1>{t("revisions.title", { title })}</h1>
      <p className={editor.meta}>
        <Link href={editHref}>{t("revisions.back")}</Link>
      </p>
      <p>{t("revisions.current", { date: formatDateTime(current.savedAt), name: current.savedBy ?? unknown })}</p>
      {revisions.length === 0 ? (
        <p>{t("revisions.none")}</p>
      ) : (
        <>
          <form
            method="get"
            action={`${basePath}/compare`}
            className={`${forms.inline} ${styles.compare}`}
            aria-labelledby="compare-heading"
          >
            <h2 id="compare-heading" className="visually-hidden">
              {t("revisions.compare")}
            </h2>
            <label>
              {t("revisions.compareFrom")}{" "}
              <select name="from" defaultValue={String(revisions[0].id)}>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {option(r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("revisions.compareTo")}{" "}
              <select name="to" defaultValue="current">
                <option value="current">
                  {t("revisions.currentOption", { date: formatDateTime(current.savedAt) })}
                </option>
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {option(r)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className={forms.secondary}>
              {t("revisions.compareSubmit")}
            </button>
          </form>
          <ol className="revision-list">
            {revisions.map((r) => (
              <li key={r.id} data-revision-id={r.id}>
                {option(r)} – {r.title} ·{" "}
                <Link href={`${basePath}/compare?from=${r.id}&to=current`}>
                  {t("revisions.withCurrent")}
                  <span className="visually-hidden"> ({option(r)})</span>
                </Link>{" "}
                {extra(r)}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
