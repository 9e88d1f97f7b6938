import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/dashboard/notice";
import { CommentText } from "@/lib/comment-text";
import { formatDateTime } from "@/lib/format";
import { t, tp, type TextKey } from "@/lib/i18n";
import { ACTIONS_FOR_STATUS, excerpt, QUEUE_ACTIONS, queueHref } from "@/lib/moderation-ui";
import { getCommentHistory } from "@/server/moderation/moderation";
import { getCommentDetail } from "@/server/moderation/moderation-comment";
import { guardPage, requireRole } from "@/server/accounts/session";
import { banCommenterAction, editCommentAction, moderateQueueAction, replyCommentAction } from "../actions";
import { QueueForm } from "../queue-form";
import { BanForm, EditCommentForm, ReplyForm } from "./comment-forms";
import { FocusTarget } from "./focus-target";
import { ReportList } from "../queue-row";
import { listReports } from "@/server/comments/comment-reports";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t("dash.detail.title", { id: (await params).id }) };
}

function historyAction(action: string): string {
  if ((QUEUE_ACTIONS as readonly string[]).includes(action)) return t(`dash.action.${action}` as TextKey);
  if (action === "edit" || action === "edit_own" || action === "delete_own") return t(`dash.history.${action}`);
  if (action === "user.ban") return t("dash.history.userBan");
  return action;
}

export default async function CommentDetailPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const id = Number(rawId);
  const path = `/dashboard/comments/${rawId}`;
  const user = await guardPage(() => requireRole("author", "admin"), path);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const mod = { id: user.id, role: user.role };
  const [comment, history] = await guardPage(
    () => Promise.all([getCommentDetail(mod, id), getCommentHistory(mod, id)]),
    path,
  );
  // Not the moderators' business until its author confirmed her address (then it is published or held).
  if (comment.status === "unconfirmed") notFound();
  const raw = await searchParams;
  const name = comment.author.name ?? t("dash.queue.deletedUser");
  const canReply =
    (comment.status === "pending" || comment.status === "approved") && comment.article.commentsOpen && !comment.deleted;

  return (
    <div className="moderation">
      <p>
        <Link href={queueHref({ status: comment.status })}>{t("dash.detail.back")}</Link>
      </p>
      <h1>{t("dash.detail.title", { id: comment.id })}</h1>
      <Notice done={raw.done} n={raw.n} />
      <dl className="dashboard-facts">
        <dt>{t("dash.detail.author")}</dt>
        <dd>
          {name}
          {comment.author.email ? ` · ${comment.author.email}` : null}
          {comment.author.banned ? ` · ${t("dash.detail.banned")}` : null} ·{" "}
          {tp("dash.queue.approvedBefore", comment.author.approvedCount)}
        </dd>
        <dt>{t("dash.detail.article")}</dt>
        <dd>
          <Link href={`/posts/${comment.article.slug}${comment.status === "approved" ? `#comment-${comment.id}` : ""}`}>
            {comment.article.title}
          </Link>
        </dd>
        <dt>{t("dash.detail.written")}</dt>
        <dd>
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
        </dd>
        <dt>{t("dash.detail.status")}</dt>
        <dd>{t(`dash.status.${comment.status}`)}</dd>
      </dl>
      {comment.parent ? (
        <p className="moderation-meta">
          {t("dash.queue.replyTo", { name: comment.parent.authorName ?? t("dash.queue.deletedUser") })} „
          {excerpt(comment.parent.body)}“
        </p>
      ) : null}
      <blockquote className="moderation-quote">
        {comment.deleted ? t("dash.queue.deletedText") : <CommentText text={comment.body} />}
      </blockquote>

      {comment.reportCount > 0 ? (
        <section aria-labelledby="reports-heading" className="dashboard-section">
          <h2 id="reports-heading">{t("dash.queue.reportsHeading")}</h2>
          <ReportList reports={(await listReports([comment.id])).get(comment.id) ?? []} />
        </section>
      ) : null}
      <FocusTarget />

      <QueueForm action={moderateQueueAction} className="moderation-actions">
        <input type="hidden" name="returnTo" value={path} />
        {[...ACTIONS_FOR_STATUS[comment.status], ...(comment.reportCount > 0 ? (["dismiss"] as const) : [])].map(
          (action) => (
            <button
              key={action}
              type="submit"
              name="rowAction"
              value={`${action}:${comment.id}`}
              className={`button button--small ${action === "delete" ? "button--danger" : "button--secondary"}`}
            >
              {t(`dash.action.${action}`)}
            </button>
          ),
        )}
      </QueueForm>

      {comment.deleted ? null : (
        <section aria-labelledby="edit-heading" className="dashboard-section">
          <h2 id="edit-heading">{t("dash.detail.edit")}</h2>
          <EditCommentForm
            key={comment.body}
            action={editCommentAction.bind(null, comment.id)}
            body={comment.body}
            labels={{ field: t("dash.detail.editLabel"), submit: t("dash.detail.save") }}
          />
        </section>
      )}

      {canReply ? (
        <section aria-labelledby="reply-heading" className="dashboard-section">
          <h2 id="reply-heading">{t("dash.detail.reply")}</h2>
          <ReplyForm
            key={raw.done === "reply" ? `${comment.id}-${history.length}` : comment.id}
            action={replyCommentAction.bind(null, comment.id)}
            idempotencyKey={randomUUID()}
            labels={{
              field: t("dash.detail.replyLabel"),
              hint: t("dash.detail.replyHint"),
              submit: t("dash.detail.replySubmit"),
            }}
          />
        </section>
      ) : null}

      {user.role === "admin" ? (
        <section aria-labelledby="ban-heading" className="dashboard-section">
          <h2 id="ban-heading">{t("dash.ban.heading")}</h2>
          {!comment.author.id ? (
            <p>{t("dash.ban.none")}</p>
          ) : comment.author.banned ? (
            <p>{t("dash.ban.already")}</p>
          ) : comment.author.id === user.id ? null : (
            <BanForm
              action={banCommenterAction.bind(null, comment.id)}
              labels={{
                reason: t("dash.ban.reason"),
                spamPending: t("dash.ban.spamPending"),
                submit: t("dash.ban.submit"),
              }}
            />
          )}
        </section>
      ) : null}

      <section aria-labelledby="history-heading" className="dashboard-section">
        <h2 id="history-heading">{t("dash.detail.history")}</h2>
        {history.length === 0 ? (
          <p>{t("dash.detail.noHistory")}</p>
        ) : (
          <table className="moderation-table moderation-history">
            <thead>
              <tr>
                <th scope="col">{t("dash.history.when")}</th>
                <th scope="col">{t("dash.history.who")}</th>
                <th scope="col">{t("dash.history.what")}</th>
                <th scope="col">{t("dash.history.change")}</th>
                <th scope="col">{t("dash.history.oldText")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                  </td>
                  <td>{event.actorName ?? t("dash.queue.deletedUser")}</td>
                  <td>{historyAction(event.action)}</td>
                  <td>
                    {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
                      ? `${t(`dash.status.${event.fromStatus}`)} → ${t(`dash.status.${event.toStatus}`)}`
                      : event.toStatus
                        ? t(`dash.status.${event.toStatus}`)
                        : "—"}
                  </td>
                  <td>{event.oldBody ? <CommentText text={event.oldBody} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
