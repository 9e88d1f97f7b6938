import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionList } from "@/components/revisions/revision-list";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listRevisions } from "@/server/revisions/revisions";
import { guardPage, requireRole } from "@/server/accounts/session";

export function generateMetadata(): Metadata {
  return { title: t("editor.revisions"), robots: { index: false } };
}

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/articles/${id}/revisions`;
  const user = await guardPage(() => requireRole("author", "admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const { current, revisions } = await guardPage(() => listRevisions(user, "article", Number(id)), path);
  return (
    <RevisionList
      title={current.title}
      editHref={`/dashboard/articles/${id}/edit`}
      basePath={path}
      current={current}
      revisions={revisions}
      extra={(r) => (
        <Link href={`${path}/${r.id}`}>
          {t("revisions.viewOne")}
          <span className="visually-hidden"> ({formatDateTime(r.savedAt)})</span>
        </Link>
      )}
    />
  );
}
