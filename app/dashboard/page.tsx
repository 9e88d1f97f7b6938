import type { Metadata } from "next";
import { authMessages } from "@/lib/i18n/auth";
import { guardPage, requireRole } from "@/server/session";

export const metadata: Metadata = { robots: { index: false } };

export default async function DashboardPage() {
  await guardPage(() => requireRole("author", "admin"), "/dashboard");
  const t = authMessages().dashboard;
  return (
    <div>
      <h1>{t.overview}</h1>
      <p>{t.overviewText}</p>
    </div>
  );
}
