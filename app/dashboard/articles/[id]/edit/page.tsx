import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/editor/action-button";
import { ArticleForm } from "@/components/editor/article-form";
import editor from "@/components/editor/editor.module.css";
import { editorTexts, uploadNoticeFrom } from "@/lib/editor-texts";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { toLocalDateTime } from "@/lib/zoned-time";
import { getArticleForEditing, listCategoryOptions } from "@/server/articles/article-editing";
import { guardPage, requireRole } from "@/server/accounts/session";
import { pickerImagesFor } from "@/server/media/library";
import { restoreArticleAction, trashArticleAction, unpublishArticleAction, updateArticleAction } from "../actions";
import { env } from "@/lib/env";

export function generateMetadata(): Metadata {
  return { title: t("editor.editTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/dashboard/articles/${id}/edit`;
  const user = await guardPage(() => requireRole("author", "admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const article = await guardPage(() => getArticleForEditing(user, Number(id)), path);
  const [categories, query, library] = await Promise.all([listCategoryOptions(), searchParams, pickerImagesFor(user)]);
  const upload = uploadNoticeFrom(query);
  const message = query.saved
    ? t("editor.saved")
    : query.unpublished
      ? t("editor.unpublished")
      : query.restored
        ? t("revisions.restored")
        : query.untrashed
          ? t("trash.restored")
          : undefined;
  if (article.status === "trash")
    return (
      <div>
        <h1>{t("editor.editTitle")}</h1>
        <p className={editor.meta} id="article-state">
          {t("trash.state")}
        </p>
        {query.trashed ? (
          <p role="status" className="dashboard-notice">
            {t("trash.moved")}
          </p>
        ) : null}
        <h2>{article.title}</h2>
        <div className={editor.actions}>
          <ActionButton action={restoreArticleAction.bind(null, article.id)} label={t("trash.restore")} />
          {user.role === "admin" ? (
            <Link href={`/dashboard/articles/${article.id}/delete`}>{t("trash.deleteForever")}</Link>
          ) : null}
        </div>
      </div>
    );
  const now = new Date();
  const live = article.status !== "draft" && article.publishedAt !== null && article.publishedAt <= now;
  const state = live
    ? t("editor.live", { date: formatDateTime(article.publishedAt!) })
    : article.status === "scheduled" && article.publishedAt
      ? t("editor.scheduledFor", { date: formatDateTime(article.publishedAt) })
      : t("editor.draft");
  return (
    <div>
      <h1>{t("editor.editTitle")}</h1>
      <div className={editor.actions}>
        <p className={editor.meta} id="article-state">
          {state}
        </p>
        {live ? <Link href={`/posts/${article.slug}`}>{t("editor.view")}</Link> : null}
        <Link href={`/dashboard/articles/${article.id}/revisions`}>{t("editor.revisions")}</Link>
        {article.status !== "draft" ? (
          <ActionButton action={unpublishArticleAction.bind(null, article.id)} label={t("editor.unpublish")} />
        ) : null}
        <ActionButton action={trashArticleAction.bind(null, article.id)} label={t("trash.move")} variant="danger" />
      </div>
      <ArticleForm
        action={updateArticleAction.bind(null, article.id)}
        texts={editorTexts()}
        categories={categories}
        initial={{
          title: article.title,
          slug: article.slug,
          excerpt: article.excerpt,
          body: article.body,
          categoryId: String(article.categoryId),
          tags: article.tags,
          coverImage: upload.coverUrl ?? article.coverImage ?? "",
          commentsOpen: article.commentsOpen,
          status: article.status,
          scheduledAt:
            article.status === "scheduled" && article.publishedAt
              ? toLocalDateTime(article.publishedAt, env().SITE_TIMEZONE)
              : "",
        }}
        initialPreview={renderMarkdown(article.body)}
        initialMessage={message}
        returnTo={path}
        uploadNotice={upload.notice}
        library={library}
      />
    </div>
  );
}
