import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import editor from "@/components/editor/editor.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { getArticleForEditing } from "@/server/articles/article-writes";
import { listRevisions } from "@/server/articles/revisions";
import { guardPage, requireRole } from "@/server/accounts/session";

export function generateMetadata(): Metadata {
  return { title: t("editor.revisions"), robots: { index: false } };
}

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/articles/${id}/revisions`;
  const user = await guardPage(() => requireRole("author", "admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const article = await guardPage(() => getArticleForEditing(user, Number(id)), path);
  const revisions = await listRevisions(user, article.id);
  return (
    <div>
      <h1>{t("revisions.title", { title: article.title })}</h1>
      <p className={editor.meta}>
        <Link href={`/dashboard/articles/${article.id}/edit`}>{t("revisions.back")}</Link>
      </p>
      <p>
        {t("revisions.current", {
          date: formatDateTime(article.updatedAt),
          name: article.updatedByName ?? t("revisions.unknown"),
        })}
      </p>
      {revisions.length === 0 ? (
        <p>{t("revisions.none")}</p>
      ) : (
        <ol className="revision-list">
          {revisions.map((r) => (
            <li key={r.id}>
              <Link href={`/dashboard/articles/${article.id}/revisions/${r.id}`}>
                {t("revisions.item", { date: formatDateTime(r.savedAt), name: r.savedBy ?? t("revisions.unknown") })}
              </Link>{" "}
              – {r.title}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
