import Link from "next/link";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import { t as msg } from "@/lib/i18n";
import { authMessages } from "@/lib/i18n/auth";
import { getCurrentUser } from "@/server/session";

// The dashboard's frame. The access check (redirect, or 403 via forbidden()) is in every
// page through guardPage: a layout is not re-run on client-side navigation between its
// pages, so it cannot be the check. Without access, the frame shows nothing of its own.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const allowed = user !== null && !user.banned && (user.role === "author" || user.role === "admin");
  const t = authMessages().dashboard;
  return (
    <SitePageFrame>
      {allowed ? (
        <div className="dashboard">
          <nav aria-label={t.nav} className="dashboard-nav">
            <ul>
              <li>
                <Link href="/dashboard">{t.overview}</Link>
              </li>
              <li>
                <Link href="/dashboard/articles">{msg("dashboardNav.articles")}</Link>
              </li>
              <li>
                <Link href="/dashboard/articles/new">{msg("dashboardNav.newArticle")}</Link>
              </li>
              {user.role === "admin" ? (
                <>
                  <li>
                    <Link href="/dashboard/categories">{msg("dashboardNav.categories")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/tags">{msg("dashboardNav.tags")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/sponsors">{msg("dashboardNav.sponsors")}</Link>
                  </li>
                  <li>
                    <Link href="/dashboard/users">{t.users}</Link>
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
