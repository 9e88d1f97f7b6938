import type { Metadata } from "next";
import { notFound } from "next/navigation";
import styles from "@/components/auth/forms.module.css";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import { CommentText } from "@/lib/comment-text";
import { t, texts } from "@/lib/i18n";
import { excerpt } from "@/lib/moderation-ui";
import { getReportableComment } from "@/server/comments/comment-reports";
import { reportCommentAction } from "./actions";
import { ReportForm } from "./report-form";

// A page of its own, linked from every comment: the article page stays one cached copy for
// everyone, and this page is neither cached nor indexed (it names no cache keys).

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { title: t("report.title"), robots: { index: false, follow: false } };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) notFound();
  // After a report (the action redirects here): the comment may be held by it now.
  const thanked = (await searchParams).danke === "1";
  const comment = thanked ? null : await getReportableComment(Number(raw));
  return (
    <SitePageFrame>
      <div className={styles.page}>
        <h1>{t("report.title")}</h1>
        {thanked ? (
          <p role="status">{t("report.done")}</p>
        ) : comment ? (
          <>
            <p>
              {t("report.intro", {
                name: comment.authorName ?? t("comments.anonymous"),
                title: comment.articleTitle,
              })}
            </p>
            <blockquote className="report__comment">
              <CommentText text={excerpt(comment.body, 600)} />
            </blockquote>
            <ReportForm action={reportCommentAction.bind(null, comment.id)} t={texts("report.")} />
            <p>
              <a href={`/posts/${comment.articleSlug}#comment-${comment.id}`}>{t("report.back")}</a>
            </p>
          </>
        ) : (
          <p>{t("report.unavailable")}</p>
        )}
      </div>
    </SitePageFrame>
  );
}
