import type { Metadata } from "next";
import Link from "next/link";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import { t } from "@/lib/i18n";
import { getCurrentUser } from "@/server/accounts/session";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The dashboard's frame. The access check (redirect, or 403 via forbidden()) is in every
// page through guardPage: a layout is not re-run on client-side navigation between its
// pages, so it cannot be the check. Without access, the frame shows nothing of its own.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const allowed = user !== null && !user.banned && (user.role === "author" || user.role === "admin");
  return (
    <SitePageFrame>
      {allowed ? (
        <div className="dashboard">
          <nav aria-label={t("dashboard.nav")} className="dashboard-nav">
            <ul>
              <li>
                <Link href="/dashboard">{t("dashboard.overview")}</Link>
              </li>
              <li>
                <Link href="/dashboard/comments">{t("dash.nav.comments")}</Link>
              </li>
              <li>
                <Link href="/dashboard/articles">{t("dash.nav.articles")}</Link>
              </li>
              <li>
                <Link href="/dashboard/articles/new">{t("dashboardNav.newArticle")}</Link>
              </li>
              <li>
                <Link href="/dashboard/media">{t("mediaLibrary.nav")}</Link>
              </li>
              {user.role === "admin" ? (
                <>
                  <li>
                    <Link href="/dashboard/pages">{t("dashboardNav.pages")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/menus">{t("dashboardNav.menus")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/categories">{t("dashboardNav.categories")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/tags">{t("dashboardNav.tags")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/sponsors">{t("dashboardNav.sponsors")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/settings">{t("dash.nav.settings")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/users">{t("dashboard.users")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/import">{t("dashboardNav.import")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/mail">{t("mailAdmin.nav")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/activity">{t("activity.nav")}</Link>
                  </li>
                </>
              ) : null}
            </ul>
          </nav>
          <div className="dashboard-main">{children}</div>
        </div>
      ) : (
        children
      )}
    </SitePageFrame>
  );
}
