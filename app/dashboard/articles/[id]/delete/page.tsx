import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { getArticleForEditing } from "@/server/articles/article-editing";
import { deleteArticleAction } from "../actions";

export function generateMetadata(): Metadata {
  return { title: t("trash.deleteTitle"), robots: { index: false } };
}

/** The confirmation step before deleting for good: a page of its own, so it works without JavaScript. */
export default async function DeleteArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/articles/${id}/delete`;
  const user = await guardPage(() => requireRole("admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const article = await guardPage(() => getArticleForEditing(user, Number(id)), path);
  if (article.status !== "trash") notFound();
  return (
    <div className="moderation">
      <h1>{t("trash.deleteTitle")}</h1>
      <p>{t("trash.deleteText", { title: article.title })}</p>
      <ActionButton
        action={deleteArticleAction.bind(null, article.id)}
        label={t("trash.deleteConfirm")}
        variant="danger"
      />
      <p>
        <Link href={`/dashboard/articles/${article.id}/edit`}>{t("dash.delete.cancel")}</Link>
      </p>
    </div>
  );
}
