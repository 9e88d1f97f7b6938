import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import editor from "@/components/editor/editor.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { getPageForEditing, listPageRevisions } from "@/server/pages/page-writes";
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
  const page = await guardPage(() => getPageForEditing(user, Number(id)), path);
  const revisions = await listPageRevisions(user, page.id);
  return (
    <div>
      <h1>{t("revisions.title", { title: page.title })}</h1>
      <p className={editor.meta}>
        <Link href={`/dashboard/pages/${page.id}/edit`}>{t("revisions.back")}</Link>
      </p>
      <p>
        {t("revisions.current", {
          date: formatDateTime(page.updatedAt),
          name: page.updatedByName ?? t("revisions.unknown"),
        })}
      </p>
      {revisions.length === 0 ? (
        <p>{t("revisions.none")}</p>
      ) : (
        <ol className="revision-list">
          {revisions.map((r) => (
            <li key={r.id}>
              {t("revisions.item", { date: formatDateTime(r.savedAt), name: r.savedBy ?? t("revisions.unknown") })} –{" "}
              {r.title}
              <ActionButton
                action={restorePageRevisionAction.bind(null, page.id, r.id)}
                label={t("pages.restoreRevision", { date: formatDateTime(r.savedAt) })}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
