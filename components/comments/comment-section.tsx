import type { ReactNode } from "react";
import type { CommentThreadPage } from "@/server/comments/comments";
import { tp } from "@/lib/i18n";
import type { CommentContext } from "./comment-item";
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
  /** Render time (so every relative date counts from the same instant), reply and edit state. */
  context: CommentContext;
  /** The comment form, once there is one (see RespondSection). */
  form?: ReactNode;
};

/** The article's approved comments (#comments), then the respond area (#respond). */
export function CommentSection({ article, comments, context, form }: Props) {
  const basePath = `/posts/${article.slug}`;
  return (
    <>
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading" className="comments__heading">
          {tp("comments.heading", article.approvedCommentCount, { title: article.title })}
        </h2>
        {comments.threads.length > 0 && <CommentList comments={comments.threads} context={context} />}
        <CommentPagination basePath={basePath} page={comments.page} pageCount={comments.pageCount} />
      </section>
      <RespondSection slug={article.slug} title={article.title} commentsOpen={article.commentsOpen} form={form} />
    </>
  );
}
