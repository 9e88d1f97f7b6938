import type { ReactNode } from "react";
import type { CommentThreadPage } from "@/server/comments/comments";
import { COMMENT_ORDERS, commentsHref } from "@/lib/comment-order";
import { t, tp } from "@/lib/i18n";
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
        {comments.threadCount > 1 && (
          // Plain links (the page stays cacheable per URL); nofollow: the orders are not pages of their own.
          <nav className="comments__order" aria-label={t("comments.orderLabel")}>
            <ul>
              {COMMENT_ORDERS.map((order) => (
                <li key={order}>
                  <a
                    href={commentsHref(basePath, 1, order, "#comments")}
                    rel="nofollow"
                    aria-current={order === context.order ? "true" : undefined}
                  >
                    {t(`comments.order.${order}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {comments.threads.length > 0 && <CommentList comments={comments.threads} context={context} />}
        <CommentPagination
          basePath={basePath}
          page={comments.page}
          pageCount={comments.pageCount}
          order={context.order}
        />
      </section>
      <RespondSection slug={article.slug} title={article.title} commentsOpen={article.commentsOpen} form={form} />
    </>
  );
}
