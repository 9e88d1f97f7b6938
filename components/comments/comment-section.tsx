import type { ReactNode } from "react";
import type { CommentThreadPage } from "@/server/comments";
import { tp } from "@/lib/i18n";
import { CommentList } from "./comment-list";
import { CommentPagination } from "./comment-pagination";
import { RespondSection } from "./respond-section";

export type CommentSectionArticle = {
  slug: string;
  title: string;
  commentsOpen: boolean;
  approvedCommentCount: number;
};

type Props = {
  article: CommentSectionArticle;
  comments: CommentThreadPage;
  /** Render time, so every relative date on the page counts from the same instant. */
  now: Date;
  /** The comment form, once there is one (see RespondSection). */
  form?: ReactNode;
};

/** The article's approved comments (#comments), then the respond area (#respond). */
export function CommentSection({ article, comments, now, form }: Props) {
  const basePath = `/posts/${article.slug}`;
  return (
    <>
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading" className="comments__heading">
          {tp("comments.heading", article.approvedCommentCount, { title: article.title })}
        </h2>
        {comments.threads.length > 0 && <CommentList comments={comments.threads} now={now} />}
        <CommentPagination basePath={basePath} page={comments.page} pageCount={comments.pageCount} />
      </section>
      <RespondSection slug={article.slug} title={article.title} commentsOpen={article.commentsOpen} form={form} />
    </>
  );
}
