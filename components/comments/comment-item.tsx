import type { CommentFormState } from "@/lib/comment-form-state";
import type { CommentOrder } from "@/lib/comment-order";
import { OWN_COMMENT_EDIT_WINDOW_MS } from "@/lib/limits";
import type { CommentNode } from "@/server/comments/comments";
import { CommentText } from "@/lib/comment-text";
import { formatDateTime } from "@/lib/format";
import { t, tp, tRich } from "@/lib/i18n";
import { AvatarImage } from "../avatar-image";
import { CommentForm } from "./comment-form";
import { CommentList } from "./comment-list";

/** What every comment of the page needs to know about the page and the reader. */
export type CommentContext = {
  now: Date;
  /** The article's path with the current comment page, for reply and edit links. */
  pagePath: string;
  /** The order the reader chose (pagination and sort links keep it). */
  order: CommentOrder;
  canReply: boolean;
  /** "Gefällt mir" for a signed-in reader (bound to a comment's id and this page's path here); none for anonymous readers. */
  toggleLikeAction?: (commentId: number, returnTo: string, formData: FormData) => Promise<void>;
  editingId: number | null;
  /** The page's server actions for the reader's own comments (bound to a comment's id here). */
  editOwnCommentAction: (commentId: number, state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  deleteOwnCommentAction: (commentId: number, formData: FormData) => Promise<void>;
};

function authorLabel(comment: CommentNode): string {
  if (comment.authorDeleted) return t("comments.deletedUser");
  return comment.authorName ?? t("comments.anonymous");
}

// Only web addresses become links; "nofollow ugc": a guest's link earns no ranking from us.
function guestLink(url: string | null): string | null {
  return url && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null;
}

function withParam(path: string, name: string, value: number): string {
  return `${path}${path.includes("?") ? "&" : "?"}${name}=${value}`;
}

/** One comment and, nested below it, its replies. */
export function CommentItem({ comment, context }: { comment: CommentNode; context: CommentContext }) {
  const anchor = `comment-${comment.id}`;
  const name = authorLabel(comment);
  const website = guestLink(comment.authorUrl);
  const editable =
    comment.ownedByViewer &&
    !comment.removed &&
    context.now.getTime() - comment.createdAt.getTime() < OWN_COMMENT_EDIT_WINDOW_MS;
  const editing = editable && context.editingId === comment.id;
  return (
    <li className="comment-thread">
      <article id={anchor} className={comment.pending ? "comment comment--pending" : "comment"}>
        <header className="comment__header">
          <AvatarImage avatar={comment.avatar} className="comment__avatar" />
          <p className="comment__author">
            {tRich("comments.says", {
              name: (
                <strong className={comment.authorDeleted ? "comment__name comment__name--deleted" : "comment__name"}>
                  {website ? (
                    <a href={website} rel="nofollow ugc noopener noreferrer">
                      {name}
                    </a>
                  ) : (
                    name
                  )}
                </strong>
              ),
            })}
          </p>
          <p className="comment__date">
            <a href={`#${anchor}`} title={t("comments.permalink")}>
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
            </a>
            {/* No "vor 3 Tagen" beside the date: a cached page would keep saying it for days. */}
            {comment.editedAt && <span className="comment__edited"> · {t("comments.edited")}</span>}
          </p>
        </header>
        {comment.pending && (
          <p className="comment__notice">
            {t(comment.unconfirmed ? "comments.awaitingConfirmation" : "comments.awaitingModeration")}
          </p>
        )}
        {comment.removed ? (
          <p className="comment__removed">{t("comments.removed")}</p>
        ) : editing ? (
          <CommentForm
            action={context.editOwnCommentAction.bind(null, comment.id)}
            initialBody={comment.body}
            idPrefix={`edit-${comment.id}`}
            labels={{ label: t("comments.edit"), submit: t("comments.editSave"), sending: t("commentForm.sending") }}
          />
        ) : (
          <div className="comment__body">
            <CommentText text={comment.body} />
          </div>
        )}
        <footer className="comment__actions">
          {!comment.removed && !comment.pending && <LikeControl comment={comment} context={context} />}
          {context.canReply && !comment.removed && !comment.pending && (
            <a
              className="comment__reply"
              href={`${withParam(context.pagePath, "replytocom", comment.id)}#respond`}
              aria-label={t("comments.replyTo", { name })}
            >
              {t("comments.reply")}
            </a>
          )}
          {editable && !editing && (
            <a href={`${withParam(context.pagePath, "editcomment", comment.id)}#${anchor}`}>{t("comments.edit")}</a>
          )}
          {editing && <a href={`${context.pagePath}#${anchor}`}>{t("comments.editCancel")}</a>}
          {!comment.ownedByViewer && !comment.removed && !comment.pending && (
            // A page of its own: the cached article page stays the same for everyone.
            <a
              className="comment__report"
              href={`/c/${comment.id}/melden`}
              rel="nofollow"
              aria-label={t("comments.reportLabel", { name })}
            >
              {t("comments.report")}
            </a>
          )}
          {comment.ownedByViewer && !comment.removed && (
            <details className="comment__delete">
              <summary>{t("comments.delete")}</summary>
              <form action={context.deleteOwnCommentAction.bind(null, comment.id)}>
                <button type="submit" className="button button--danger">
                  {t("comments.deleteConfirm")}
                </button>
              </form>
            </details>
          )}
        </footer>
      </article>
      {comment.replies.length > 0 && <CommentList comments={comment.replies} context={context} nested />}
    </li>
  );
}

/** The like count; for a signed-in reader a button that likes or takes the like back (a form: no JavaScript needed). */
function LikeControl({ comment, context }: { comment: CommentNode; context: CommentContext }) {
  const count = tp("comments.likes", comment.likeCount);
  if (!context.toggleLikeAction) {
    return comment.likeCount > 0 ? <span className="comment__likes">{count}</span> : null;
  }
  return (
    <form action={context.toggleLikeAction.bind(null, comment.id, context.pagePath)} className="comment__like">
      <button type="submit" className="button button--small button--secondary" aria-pressed={comment.likedByViewer}>
        {t("comments.like")} · {comment.likeCount}
      </button>
    </form>
  );
}
