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
import { guardPage, requireRole } from "@/server/accounts/session";
import { pickerImagesFor } from "@/server/media/library";
import { getPageForEditing } from "@/server/pages/page-writes";
import { unpublishPageAction, updatePageAction } from "../../actions";

export function generateMetadata(): Metadata {
  return { title: t("pages.editTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditPagePage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/dashboard/pages/${id}/edit`;
  const user = await guardPage(() => requireRole("admin"), path);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const page = await guardPage(() => getPageForEditing(user, Number(id)), path);
  const library = await pickerImagesFor(user);
  const query = await searchParams;
  const upload = uploadNoticeFrom(query);
  const message = query.saved
    ? t("pages.saved")
    : query.unpublished
      ? t("pages.unpublished")
      : query.restored
        ? t("revisions.restored")
        : undefined;
  const live = page.status === "published";
  return (
    <div>
      <h1>{t("pages.editTitle")}</h1>
      <div className={editor.actions}>
        <p className={editor.meta} id="article-state">
          {live && page.publishedAt ? t("editor.live", { date: formatDateTime(page.publishedAt) }) : t("editor.draft")}
        </p>
        {live ? <Link href={`/${page.slug}`}>{t("pages.view")}</Link> : null}
        <Link href={`/dashboard/pages/${page.id}/revisions`}>{t("editor.revisions")}</Link>
        {live ? <ActionButton action={unpublishPageAction.bind(null, page.id)} label={t("pages.unpublish")} /> : null}
        <Link href={`/dashboard/pages/${page.id}/delete`}>{t("pages.delete")}</Link>
      </div>
      <ArticleForm
        kind="page"
        action={updatePageAction.bind(null, page.id)}
        texts={{ ...editorTexts(), "editor.title": t("pages.fieldTitle") }}
        categories={[]}
        initial={{
          title: page.title,
          slug: page.slug,
          excerpt: page.excerpt,
          body: page.body,
          categoryId: "",
          tags: "",
          coverImage: upload.coverUrl ?? page.coverImage ?? "",
          commentsOpen: false,
          status: page.status,
          scheduledAt: "",
        }}
        initialPreview={renderMarkdown(page.body)}
        initialMessage={message}
        returnTo={path}
        uploadNotice={upload.notice}
        library={library}
      />
    </div>
  );
}
