import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionComparison } from "@/components/revisions/revision-comparison";
import { t } from "@/lib/i18n";
import { compareRevisions, parseVersion } from "@/server/revisions/revisions";
import { guardPage, requireRole } from "@/server/accounts/session";

export function generateMetadata(): Metadata {
  return { title: t("revisions.compare"), robots: { index: false } };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

/** Two versions of the page compared side by side (?from=<revision>&to=<revision>|current). */
export default async function ComparePageRevisionsPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const base = `/dashboard/pages/${id}`;
  const [from, to] = [parseVersion(query.from), parseVersion(query.to)];
  const path = `${base}/revisions/compare?from=${from ?? ""}&to=${to ?? ""}`;
  const user = await guardPage(() => requireRole("admin"), path);
  if (!/^\d{1,9}$/.test(id) || from === null || to === null) notFound();
  const comparison = await guardPage(() => compareRevisions(user, "page", Number(id), from, to), path);
  return (
    <RevisionComparison
      title={comparison.to.title}
      comparison={comparison}
      listHref={`${base}/revisions`}
      editHref={`${base}/edit`}
    />
  );
}
