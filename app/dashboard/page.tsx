import type { Metadata } from "next";
import Link from "next/link";
import { CommentText } from "@/lib/comment-text";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { COMMENT_STATUSES, queueHref } from "@/lib/moderation-ui";
import { countCommentsByStatus, listModerationQueue } from "@/server/moderation/moderation";
import { guardPage, requireRole } from "@/server/accounts/session";
import { legalPageStatus } from "@/server/pages/pages";

export function generateMetadata(): Metadata {
  return { title: t("dashboard.overview") };
}

const NEWEST_PENDING = 5;

export default async function DashboardPage() {
  const user = await guardPage(() => requireRole("author", "admin"), "/dashboard");
  const mod = { id: user.id, role: user.role };
  const [counts, pending] = await Promise.all([
    countCommentsByStatus(mod),
    listModerationQueue(mod, { status: "pending" }),
  ]);
  const newest = pending.rows.slice(0, NEWEST_PENDING);
  const legal = user.role === "admin" ? await legalPageStatus() : null;
  const unpublishedLegal = legal ? (["impressum", "datenschutz"] as const).filter((key) => !legal[key]?.published) : [];
  return (
    <div className="moderation">
      <h1>{t("dashboard.overview")}</h1>
      {legal && unpublishedLegal.length > 0 ? (
        <div role="note" className="dashboard-notice dashboard-notice--warning" id="legal-notice">
          <p>{t("legal.notice")}</p>
          <ul>
            {unpublishedLegal.map((key) => {
              const page = legal[key];
              const title = key === "impressum" ? "Impressum" : "Datenschutzerklärung";
              return (
                <li key={key}>
                  {page ? (
                    <Link href={`/dashboard/pages/${page.id}/edit`}>{t("legal.edit", { title })}</Link>
                  ) : (
                    <Link href="/dashboard/pages/new">{t("legal.missing", { title })}</Link>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <section aria-labelledby="counts-heading" className="dashboard-section">
        <h2 id="counts-heading">{t("dash.overview.counts")}</h2>
        <ul className="dashboard-counts">
          {COMMENT_STATUSES.map((status) => (
            <li key={status}>
              <Link href={queueHref({ status })} data-status={status}>
                <span className="dashboard-counts__number">{counts[status]}</span> {t(`dash.status.${status}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pending-heading" className="dashboard-section">
        <h2 id="pending-heading">{t("dash.overview.newestPending")}</h2>
        {newest.length === 0 ? (
          <p>{t("dash.overview.noPending")}</p>
        ) : (
          <ul className="dashboard-pending">
            {newest.map((row) => (
              <li key={row.id}>
                <p className="moderation-meta">
                  <strong>{row.author.name ?? t("dash.queue.deletedUser")}</strong>{" "}
                  {t("dash.overview.on", { title: row.article.title })} ·{" "}
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time> ·{" "}
                  <Link href={`/dashboard/comments/${row.id}`}>{t("dash.queue.details")}</Link>
                </p>
                <CommentText text={row.body} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/dashboard/comments">{t("dash.overview.allPending")}</Link>
        </p>
      </section>
    </div>
  );
}
