import type { CommentNode } from "@/server/comments";
import { CommentText } from "@/lib/comment-text";
import { formatDateTime, formatRelativeTime } from "@/lib/format";
import { t, tRich } from "@/lib/i18n";
import { CommentList } from "./comment-list";

function authorLabel(comment: CommentNode): string {
  if (comment.authorDeleted) return t("comments.deletedUser");
  return comment.authorName ?? t("comments.anonymous");
}

/** One comment and, nested below it, its replies. */
export function CommentItem({ comment, now }: { comment: CommentNode; now: Date }) {
  const anchor = `comment-${comment.id}`;
  const name = authorLabel(comment);
  return (
    <li className="comment-thread">
      <article id={anchor} className="comment">
        <header className="comment__header">
          <p className="comment__author">
            {tRich("comments.says", {
              name: <strong className={comment.authorDeleted ? "comment__name comment__name--deleted" : "comment__name"}>{name}</strong>,
            })}
          </p>
          <p className="comment__date">
            <a href={`#${anchor}`} title={t("comments.permalink")}>
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
            </a>{" "}
            <span className="comment__relative">({formatRelativeTime(comment.createdAt, now)})</span>
            {comment.editedAt && <span className="comment__edited"> · {t("comments.edited")}</span>}
          </p>
        </header>
        <div className="comment__body">
          <CommentText text={comment.body} />
        </div>
      </article>
      {comment.replies.length > 0 && <CommentList comments={comment.replies} now={now} nested />}
    </li>
  );
}
