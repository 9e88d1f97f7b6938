import Link from "next/link";
import { authMessages } from "@/lib/i18n/auth";
import { guardPage, requireRole } from "@/server/session";
import { SiteHeaderPlaceholder } from "@/components/site-header-placeholder";

// Authors and admins only. Every page below checks again: layouts and pages render in
// parallel, and a layout is not re-run on client-side navigation between its pages.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await guardPage(() => requireRole("author", "admin"), "/dashboard");
  const t = authMessages().dashboard;
  return (
    <div className="dashboard">
      <SiteHeaderPlaceholder />
      <nav aria-label={t.nav} className="dashboard-nav">
        <ul>
          <li>
            <Link href="/dashboard">{t.overview}</Link>
          </li>
          {user.role === "admin" ? (
            <li>
              <Link href="/dashboard/users">{t.users}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="dashboard-main">{children}</div>
    </div>
  );
}
