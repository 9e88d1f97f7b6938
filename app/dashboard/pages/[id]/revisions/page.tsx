import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import { RevisionList } from "@/components/revisions/revision-list";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listRevisions } from "@/server/revisions/revisions";
import { guardPage, requireRole } from "@/server/accounts/session";
import { restorePageRevisionAction } from "../../actions";

export function generateMetadata(): Metadata {
  return { title: t("editor.revisions"), robots: { index: false } };
}

/** A page's earlier versions; restoring one is a save of its own (undoable). */
export default async function PageRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/pages/${id}/revisions`;
  const user = await guardPage(() => requireRole("admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const { current, revisions } = await guardPage(() => listRevisions(user, "page", Number(id)), path);
  return (
    <RevisionList
      title={current.title}
      editHref={`/dashboard/pages/${id}/edit`}
      basePath={path}
      current={current}
      revisions={revisions}
      extra={(r) => (
        <ActionButton
          action={restorePageRevisionAction.bind(null, Number(id), r.id)}
          label={t("pages.restoreRevision", { date: formatDateTime(r.savedAt) })}
        />
      )}
    />
  );
}
