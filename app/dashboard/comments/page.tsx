import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/dashboard/notice";
import { t } from "@/lib/i18n";
import {
  ACTIONS_FOR_STATUS,
  parseQueueParams,
  parseUndo,
  QUEUE_VIEWS,
  queueHref,
  type QueueParams,
} from "@/lib/moderation-ui";
import { listReports } from "@/server/comments/comment-reports";
import { countCommentsByStatus, listModerationQueue, type QueueRow } from "@/server/moderation/moderation";
import { guardPage, requireRole } from "@/server/accounts/session";
import { moderateQueueAction } from "./actions";
import { QueueForm } from "./queue-form";
import { QueueKeys, type ShortcutHelp } from "./queue-keys";
import { QueueRowView } from "./queue-row";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { title: t("dash.queue.title") };
}

function ActiveFilters({ params, rows }: { params: QueueParams; rows: QueueRow[] }) {
  const items: { label: string; href: string }[] = [];
  if (params.article) {
    const title = rows[0]?.article.title ?? `#${params.article}`;
    items.push({
      label: t("dash.filter.article", { title }),
      href: queueHref(params, { article: undefined, before: undefined }),
    });
  }
  if (params.commenter) {
    const name = rows[0]?.author.name ?? t("dash.queue.deletedUser");
    items.push({
      label: t("dash.filter.commenter", { name }),
      href: queueHref(params, { commenter: undefined, before: undefined }),
    });
  }
  if (params.q)
    items.push({
      label: t("dash.filter.search", { q: params.q }),
      href: queueHref(params, { q: undefined, before: undefined }),
    });
  if (items.length === 0) return null;
  return (
    <section aria-label={t("dash.filter.active")} className="dashboard-filters">
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            {item.label}{" "}
            <Link href={item.href} aria-label={t("dash.filter.remove", { label: item.label })}>
              ✕
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function CommentsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseQueueParams(raw);
  const here = queueHref(params);
  const user = await guardPage(() => requireRole("author", "admin"), here);
  const mod = { id: user.id, role: user.role };
  const [counts, queue] = await Promise.all([
    countCommentsByStatus(mod),
    listModerationQueue(
      mod,
      { status: params.status, articleId: params.article, commenterId: params.commenter, q: params.q },
      params.before,
    ),
  ]);
  const actions = ACTIONS_FOR_STATUS[params.status];
  const statusLabel = t(`dash.status.${params.status}`);
  // Only the rows on this page, all in the moderator's scope (the queue's filter).
  const reports = params.status === "reported" ? await listReports(queue.rows.map((r) => r.id)) : null;
  const undo = parseUndo(Array.isArray(raw.undo) ? raw.undo[0] : raw.undo);
  const help: ShortcutHelp = {
    title: t("dash.keys.dialogTitle"),
    open: t("dash.keys.open"),
    close: t("dash.keys.close"),
    keys: (["j", "k", "a", "u", "s", "t", "d", "r", "e", "x", "z", "?"] as const).map((key) => ({
      key,
      text: t(key === "?" ? "dash.keys.help" : `dash.keys.${key}`),
    })),
  };

  return (
    <div className="moderation">
      <h1>{t("dash.queue.titleStatus", { status: statusLabel })}</h1>
      <Notice done={raw.done} n={raw.n} />
      {undo ? (
        // "z" presses this button (queue-keys.tsx); without JavaScript it is a plain form too.
        <QueueForm action={moderateQueueAction} className="dashboard-undo">
          <input type="hidden" name="returnTo" value={here} />
          {undo.ids.map((id) => (
            <input key={id} type="hidden" name="ids" value={id} />
          ))}
          <button
            type="submit"
            name="bulkAction"
            value={undo.action}
            data-shortcut="z"
            className="button button--small button--secondary"
          >
            {t("dash.undo")}
          </button>
        </QueueForm>
      ) : null}
      <nav aria-label={t("dash.queue.tabs")} className="dashboard-tabs">
        <ul>
          {QUEUE_VIEWS.map((status) => (
            <li key={status}>
              <Link href={queueHref({ status })} aria-current={status === params.status ? "page" : undefined}>
                {t("dash.queue.tab", { label: t(`dash.status.${status}`), count: counts[status] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" method="get" action="/dashboard/comments" className="dashboard-search">
        {params.status !== "pending" ? <input type="hidden" name="status" value={params.status} /> : null}
        {params.article ? <input type="hidden" name="article" value={params.article} /> : null}
        {params.commenter ? <input type="hidden" name="commenter" value={params.commenter} /> : null}
        <label htmlFor="queue-search">{t("dash.filter.searchLabel")}</label>
        <input id="queue-search" type="search" name="q" defaultValue={params.q ?? ""} maxLength={200} />
        <button type="submit" className="button button--secondary">
          {t("dash.filter.searchSubmit")}
        </button>
      </form>
      <ActiveFilters params={params} rows={queue.rows} />

      {queue.rows.length === 0 ? (
        <p>{t("dash.queue.empty")}</p>
      ) : (
        <QueueForm action={moderateQueueAction} className="moderation-queue">
          <input type="hidden" name="returnTo" value={here} />
          <fieldset className="moderation-bulk">
            <legend>{t("dash.queue.bulk")}</legend>
            <p>
              <span>{t("dash.queue.selected")}</span>{" "}
              {actions.map((action) => (
                <button
                  key={action}
                  type="submit"
                  name="bulkAction"
                  value={action}
                  className="button button--small button--secondary"
                >
                  {t(`dash.action.${action}`)}
                </button>
              ))}
            </p>
            <p>
              <span>{t("dash.queue.matching")}</span>{" "}
              {actions.map((action) => (
                <button
                  key={action}
                  type="submit"
                  name="matchAction"
                  value={action}
                  className="button button--small button--secondary"
                >
                  {t(`dash.action.${action}`)}
                </button>
              ))}
            </p>
          </fieldset>
          <table className="moderation-table">
            <thead>
              <tr>
                <th scope="col">{t("dash.queue.colSelect")}</th>
                <th scope="col">{t("dash.queue.colAuthor")}</th>
                <th scope="col">{t("dash.queue.colComment")}</th>
                <th scope="col">{t("dash.queue.colArticle")}</th>
                <th scope="col">{t("dash.queue.colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <QueueRowView key={row.id} row={row} params={params} actions={actions} reports={reports?.get(row.id)} />
              ))}
            </tbody>
          </table>
        </QueueForm>
      )}

      {params.before || queue.nextBefore ? (
        <nav aria-label={t("dash.queue.pagination")} className="dashboard-pagination">
          {params.before ? <Link href={queueHref(params, { before: undefined })}>{t("dash.queue.newest")}</Link> : null}
          {queue.nextBefore ? (
            <Link href={queueHref(params, { before: queue.nextBefore })} rel="next">
              {t("dash.queue.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}

      <section aria-labelledby="shortcuts-heading" className="dashboard-shortcuts">
        <h2 id="shortcuts-heading">{t("dash.keys.heading")}</h2>
        <p>{t("dash.keys.text")}</p>
      </section>
      <QueueKeys rowsKey={queue.rows.map((r) => r.id).join(",")} help={help} />
    </div>
  );
}
