import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listPagesForAdmin } from "@/server/pages/page-writes";

export function generateMetadata(): Metadata {
  return { title: t("pages.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Static pages (admins only): Impressum, Datenschutz and whatever else the site needs. */
export default async function DashboardPagesPage({ searchParams }: Props) {
  const user = await guardPage(() => requireRole("admin"), "/dashboard/pages");
  const [rows, query] = await Promise.all([listPagesForAdmin(user), searchParams]);
  return (
    <div className="moderation">
      <h1>{t("pages.title")}</h1>
      {query.deleted ? (
        <p role="status" className="dashboard-notice">
          {t("pages.deleted")}
        </p>
      ) : null}
      <p>
        <Link href="/dashboard/pages/new" className="button">
          {t("pages.new")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("pages.empty")}</p>
      ) : (
        <table className="moderation-table">
          <thead>
            <tr>
              <th scope="col">{t("pages.colTitle")}</th>
              <th scope="col">{t("pages.colAddress")}</th>
              <th scope="col">{t("pages.colStatus")}</th>
              <th scope="col">{t("pages.colUpdated")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} data-page-id={p.id}>
                <td>
                  <Link href={`/dashboard/pages/${p.id}/edit`}>{p.title}</Link>
                </td>
                <td>/{p.slug}</td>
                <td>{p.status === "published" ? t("pages.statusPublished") : t("pages.statusDraft")}</td>
                <td>
                  <time dateTime={p.updatedAt.toISOString()}>{formatDate(p.updatedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
