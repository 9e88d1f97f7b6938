import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import editor from "@/components/editor/editor.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { getRevision } from "@/server/articles/revisions";
import { guardPage, requireRole } from "@/server/accounts/session";
import { restoreRevisionAction } from "../../actions";

export function generateMetadata(): Metadata {
  return { title: t("editor.revisions"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string; revisionId: string }> };

/** An earlier version, rendered as the article page would render it. */
export default async function RevisionPage({ params }: Props) {
  const { id, revisionId } = await params;
  const path = `/dashboard/articles/${id}/revisions/${revisionId}`;
  const user = await guardPage(() => requireRole("author", "admin"), path);
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(revisionId)) notFound();
  const revision = await guardPage(() => getRevision(user, Number(id), Number(revisionId)), path);
  return (
    <div>
      <p className={editor.meta}>
        <Link href={`/dashboard/articles/${id}/revisions`}>{t("revisions.list")}</Link> ·{" "}
        <Link href={`/dashboard/articles/${id}/edit`}>{t("revisions.back")}</Link>
      </p>
      <h1>{t("revisions.viewTitle", { date: formatDateTime(revision.savedAt) })}</h1>
      <p className={editor.meta}>
        {t("revisions.savedBy", {
          date: formatDateTime(revision.savedAt),
          name: revision.savedBy ?? t("revisions.unknown"),
        })}
      </p>
      <p className={editor.meta}>
        {t("revisions.meta", {
          slug: revision.slug,
          category: revision.categoryName ?? "–",
          tags: revision.tags.join(", ") || "–",
        })}
      </p>
      <ActionButton
        action={restoreRevisionAction.bind(null, Number(id), Number(revisionId))}
        label={t("revisions.restore")}
        variant="button"
      />
      <article className="article">
        <h2 className="article__title">{revision.title}</h2>
        {revision.excerpt ? <p className="article__excerpt">{revision.excerpt}</p> : null}
        {/* Sanitised by lib/markdown (allowlist), like the article page. */}
        <div className="prose article-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(revision.body) }} />
      </article>
    </div>
  );
}
