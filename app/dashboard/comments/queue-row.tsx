import Link from "next/link";
import { CommentText } from "@/lib/comment-text";
import { formatDateTime } from "@/lib/format";
import { t, tp } from "@/lib/i18n";
import { excerpt, queueHref, SHORTCUTS, type QueueAction, type QueueParams } from "@/lib/moderation-ui";
import type { ReportSummary } from "@/server/comments/comment-reports";
import type { QueueRow } from "@/server/moderation/moderation";

/** Readers' reports of a comment: reason, note, who (a name for accounts). */
export function ReportList({ reports }: { reports: ReportSummary[] }) {
  return (
    <ul className="moderation-reports">
      {reports.map((r, i) => (
        <li key={i}>
          <strong>{t(`report.reason.${r.reason}`)}</strong> · {r.reporterName ?? t("dash.queue.reporterAnonymous")} ·{" "}
          <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
          {r.note ? <span> – „{excerpt(r.note, 200)}“</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** One comment of the queue: a focusable row whose buttons post with the table's one form. */
export function QueueRowView({
  row,
  params,
  actions,
  reports,
}: {
  row: QueueRow;
  params: QueueParams;
  actions: QueueAction[];
  reports?: ReportSummary[];
}) {
  const name = row.author.name ?? t("dash.queue.deletedUser");
  const articlePath = `/posts/${row.article.slug}`;
  return (
    <tr tabIndex={0} data-queue-row data-comment-id={row.id} aria-labelledby={`queue-author-${row.id}`}>
      <td>
        <input
          type="checkbox"
          name="ids"
          value={row.id}
          id={`select-${row.id}`}
          aria-label={t("dash.queue.selectRow", { id: row.id })}
        />
      </td>
      <td>
        <strong id={`queue-author-${row.id}`}>{name}</strong>
        {row.author.email ? <div className="moderation-meta">{row.author.email}</div> : null}
        <div className="moderation-meta">{tp("dash.queue.approvedBefore", row.author.approvedCount)}</div>
        {row.author.id && !params.commenter ? (
          <div className="moderation-meta">
            <Link href={queueHref(params, { commenter: row.author.id, before: undefined })}>
              {t("dash.queue.onlyCommenter")}
            </Link>
          </div>
        ) : null}
      </td>
      <td className="moderation-comment">
        {row.parent ? (
          <p className="moderation-meta">
            {t("dash.queue.replyTo", { name: row.parent.authorName ?? t("dash.queue.deletedUser") })} „
            {excerpt(row.parent.body, 80)}“
          </p>
        ) : null}
        {row.deleted ? (
          <p className="moderation-meta">{t("dash.queue.deletedText")}</p>
        ) : (
          <CommentText text={row.body} />
        )}
        <p className="moderation-meta">
          <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
          {row.editedAt ? ` · ${t("dash.queue.edited")}` : null} · {t(`dash.status.${row.status}`)} ·{" "}
          <Link href={`/dashboard/comments/${row.id}`}>{t("dash.queue.details")}</Link>
          {row.reportCount > 0 ? <> · {tp("dash.queue.reports", row.reportCount)}</> : null}
        </p>
        {reports?.length ? <ReportList reports={reports} /> : null}
      </td>
      <td>
        <Link href={articlePath}>{row.article.title}</Link>
        {row.status === "approved" ? (
          <div className="moderation-meta">
            <Link href={`${articlePath}#comment-${row.id}`}>{t("dash.queue.viewInPlace")}</Link>
          </div>
        ) : null}
        {!params.article ? (
          <div className="moderation-meta">
            <Link href={queueHref(params, { article: row.article.id, before: undefined })}>
              {t("dash.queue.onlyArticle")}
            </Link>
          </div>
        ) : null}
      </td>
      <td>
        <div className="moderation-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="submit"
              name="rowAction"
              value={`${action}:${row.id}`}
              data-shortcut={SHORTCUTS[action]}
              className={`button button--small ${action === "delete" ? "button--danger" : "button--secondary"}`}
            >
              {t(`dash.action.${action}`)}
            </button>
          ))}
          {/* "r" and "e" (queue-keys.tsx): the detail page's forms, focused by FocusTarget there after a full load. */}
          <a href={`/dashboard/comments/${row.id}#reply-body`} data-shortcut="r" className="moderation-link">
            {t("dash.keys.r")}
          </a>
          {row.deleted ? null : (
            <a href={`/dashboard/comments/${row.id}#edit-body`} data-shortcut="e" className="moderation-link">
              {t("dash.keys.e")}
            </a>
          )}
        </div>
      </td>
    </tr>
  );
}
