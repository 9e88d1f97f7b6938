import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/dashboard/notice";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listDashboardArticles } from "@/server/articles/dashboard-articles";
import { guardPage, requireRole } from "@/server/accounts/session";
import { setCommentsOpenAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { title: t("dash.articles.title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The caller's articles (admins: all) with their comment counts and the comments switch. */
export default async function DashboardArticlesPage({ searchParams }: Props) {
  const raw = await searchParams;
  const before = Number(first(raw.before));
  const cursor = Number.isSafeInteger(before) && before > 0 ? before : undefined;
  const here = `/dashboard/articles${cursor ? `?before=${cursor}` : ""}`;
  const user = await guardPage(() => requireRole("author", "admin"), here);
  const { rows, nextBefore } = await listDashboardArticles({ id: user.id, role: user.role }, cursor);
  return (
    <div className="moderation">
      <h1>{t("dash.articles.title")}</h1>
      <Notice done={raw.done} n={raw.n} />
      {raw.deleted ? (
        <p role="status" className="dashboard-notice">
          {t("trash.deleted")}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{t("dash.articles.empty")}</p>
      ) : (
        <table className="moderation-table">
          <thead>
            <tr>
              <th scope="col">{t("dash.articles.colTitle")}</th>
              <th scope="col">{t("dash.articles.colStatus")}</th>
              <th scope="col">{t("dash.articles.colDate")}</th>
              <th scope="col">{t("dash.articles.colCategory")}</th>
              <th scope="col">{t("dash.articles.colComments")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-article-id={a.id}>
                <td>
                  <Link href={`/dashboard/articles/${a.id}/edit`}>{a.title}</Link>
                </td>
                <td>{t(`dash.articleStatus.${a.status}`)}</td>
                <td>
                  <time dateTime={a.date.toISOString()}>{formatDate(a.date)}</time>
                </td>
                <td>{a.category}</td>
                <td>
                  <Link href={`/dashboard/comments?status=approved&article=${a.id}`}>
                    {t("dash.articles.approved", { count: a.approvedCount })}
                  </Link>
                  {", "}
                  <Link href={`/dashboard/comments?article=${a.id}`}>
                    {t("dash.articles.pending", { count: a.pendingCount })}
                  </Link>
                  {" · "}
                  {a.commentsOpen ? t("dash.articles.open") : t("dash.articles.closed")}
                  <form action={setCommentsOpenAction} className="dashboard-inline-form">
                    <input type="hidden" name="articleId" value={a.id} />
                    <input type="hidden" name="open" value={a.commentsOpen ? "false" : "true"} />
                    <input type="hidden" name="returnTo" value={here} />
                    <button type="submit" className="button button--small button--secondary">
                      {a.commentsOpen ? t("dash.articles.close") : t("dash.articles.reopen")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor || nextBefore ? (
        <nav aria-label={t("pagination.label")} className="dashboard-pagination">
          {cursor ? <Link href="/dashboard/articles">{t("dash.articles.newest")}</Link> : null}
          {nextBefore ? (
            <Link href={`/dashboard/articles?before=${nextBefore}`} rel="next">
              {t("dash.articles.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
