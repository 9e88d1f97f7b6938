import type { DiffCell, DiffRow } from "@/lib/revision-diff";
import { t } from "@/lib/i18n";
import styles from "./revisions.module.css";

// Two versions side by side: removed lines in <del> on the left, inserted ones in <ins> on the
// right, each with a − / + column and a spoken prefix, so nothing depends on colour.

function Cell({ cell }: { cell: DiffCell }) {
  if (!cell) return <td colSpan={3} />;
  const sign = cell.kind === "removed" ? "−" : cell.kind === "added" ? "+" : "";
  const content = cell.parts.map((part, i) =>
    part.changed ? (
      <mark key={i} className={styles.word}>
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
  const className = cell.kind === "removed" ? styles.removed : cell.kind === "added" ? styles.added : undefined;
  return (
    <>
      <td className={styles.number}>{cell.number}</td>
      <td className={`${styles.sign} ${className ?? ""}`} aria-hidden="true">
        {sign}
      </td>
      <td className={className} data-kind={cell.kind}>
        {cell.kind === "removed" ? (
          <del>
            <span className="visually-hidden">{t("revisions.diffRemoved")}</span>
            {content}
          </del>
        ) : cell.kind === "added" ? (
          <ins>
            <span className="visually-hidden">{t("revisions.diffAdded")}</span>
            {content}
          </ins>
        ) : (
          content
        )}
      </td>
    </>
  );
}

export function RevisionDiff({
  caption,
  rows,
  fromLabel,
  toLabel,
}: {
  caption: string;
  rows: DiffRow[];
  fromLabel: string;
  toLabel: string;
}) {
  return (
    <table className={styles.diff}>
      <caption>{caption}</caption>
      <colgroup>
        <col className={styles.number} />
        <col className={styles.sign} />
        <col />
        <col className={styles.number} />
        <col className={styles.sign} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t("revisions.diffLine")}</th>
          <th scope="col" colSpan={2}>
            {fromLabel}
          </th>
          <th scope="col">{t("revisions.diffLine")}</th>
          <th scope="col" colSpan={2}>
            {toLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <Cell cell={row.left} />
            <Cell cell={row.right} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
