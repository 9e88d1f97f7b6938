"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { validateCommentBody } from "@/lib/comment-validation";
import { t } from "@/lib/i18n";
import { parseQueueParams, QUEUE_ACTIONS, safeReturnPath, withNotice, type QueueAction } from "@/lib/moderation-ui";
import { formAction } from "@/server/action";
import { CommentRefused, postComment } from "@/server/comment-writes";
import { editCommentAsModerator, moderateComments, moderateMatching, ModerationDenied, QUEUE_PAGE_SIZE, type Moderator } from "@/server/moderation";
import { banCommenter, getCommentDetail } from "@/server/moderation-comment";

// Each action is a public POST endpoint: formAction checks for an author or admin on every
// call (requireRole), and server/moderation*.ts checks the scope of every comment again.

/** A single comment out of scope answers 403, a missing one 404 — also to a replayed raw POST. */
function rethrowDenied(error: unknown): never {
  if (error instanceof ModerationDenied) {
    if (error.reason === "not_found") notFound();
    if (error.reason === "forbidden") forbidden();
  }
  throw error;
}

const commentId = (id: unknown) => z.coerce.number().int().positive().parse(id);
const detailPath = (id: number) => `/dashboard/comments/${id}`;
const isQueueAction = (v: string): v is QueueAction => (QUEUE_ACTIONS as readonly string[]).includes(v);
const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : [v].flat()), z.array(z.coerce.number().int().positive()).max(QUEUE_PAGE_SIZE));

const queueSchema = z.object({
  returnTo: z.string(),
  // One table form: a row's button sends "approve:123", a bulk button the action for the ticked ids.
  rowAction: z.string().max(40),
  bulkAction: z.string().max(20),
  matchAction: z.string().max(20),
  ids: idList,
  confirmDelete: z.string(),
});

const moderateQueue = formAction({
  name: "moderate-queue",
  schema: queueSchema,
  access: ["author", "admin"],
  async run(input, { user }) {
    const mod: Moderator = { id: user.id, role: user.role };
    let back = safeReturnPath(input.returnTo, "/dashboard/comments");
    const [rowAction, rowId] = input.rowAction.split(":");
    const mode = input.rowAction ? "row" : input.bulkAction ? "bulk" : "match";
    const action = mode === "row" ? rowAction : mode === "bulk" ? input.bulkAction : input.matchAction;
    if (!isQueueAction(action)) redirect(back);
    const ids = mode === "row" ? [commentId(rowId)] : input.ids;
    if (action === "delete") {
      // Deleting cannot be undone: it runs only from the confirmation page (no JavaScript needed).
      if (input.confirmDelete !== "yes") {
        const confirm = new URLSearchParams({ returnTo: back });
        if (mode === "match") confirm.set("all", "1");
        else confirm.set("ids", ids.join(","));
        redirect(`/dashboard/comments/delete?${confirm}`);
      }
      if (/^\/dashboard\/comments\/\d+/.test(back)) back = "/dashboard/comments";
    }
    let changed: number;
    try {
      if (mode === "match") {
        const filter = parseQueueParams(Object.fromEntries(new URL(back, "http://localhost").searchParams));
        changed = (await moderateMatching(mod, { status: filter.status, articleId: filter.article, commenterId: filter.commenter, q: filter.q }, action)).changed.length;
      } else {
        changed = (await moderateComments(mod, ids, action, { strict: mode === "row" })).changed.length;
      }
    } catch (error) {
      rethrowDenied(error);
    }
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(back, action, changed));
  },
});

/** The queue's plain form (no useActionState): every outcome is a redirect, a 403 or a 404. */
export async function moderateQueueAction(formData: FormData): Promise<void> {
  await moderateQueue({}, formData);
}

const bodyError = (raw: string) => {
  const checked = validateCommentBody(raw);
  return checked.ok ? null : { errors: { body: [t(`dash.error.${checked.error}`)] }, values: { body: raw } };
};

export const editCommentAction = formAction({
  name: "edit-comment",
  schema: z.object({ body: z.string().max(20_000) }),
  access: ["author", "admin"],
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    const invalid = bodyError(input.body);
    if (invalid) return invalid;
    try {
      await editCommentAsModerator({ id: user.id, role: user.role }, cid, input.body);
    } catch (error) {
      rethrowDenied(error);
    }
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "edit"));
  },
});

export const replyCommentAction = formAction({
  name: "reply-comment",
  schema: z.object({ body: z.string().max(20_000), key: z.string().max(100) }),
  access: ["author", "admin"],
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    const mod: Moderator = { id: user.id, role: user.role };
    const invalid = bodyError(input.body);
    if (invalid) return invalid;
    try {
      const comment = await getCommentDetail(mod, cid);
      // Replying to a held comment approves it, as in WordPress: a reply needs a visible parent.
      if (comment.status === "pending") await moderateComments(mod, [cid], "approve", { strict: true });
      // The moderator is the article's author or an admin, so postComment approves the reply at once.
      await postComment(mod, { articleId: comment.article.id, parentId: cid, body: input.body, idempotencyKey: input.key || randomUUID() });
    } catch (error) {
      if (error instanceof CommentRefused) {
        const message = error.reason === "comments_closed" ? t("dash.detail.replyClosed") : t("dash.error.replyFailed");
        return { message, values: { body: input.body } };
      }
      rethrowDenied(error);
    }
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "reply"));
  },
});

export const banCommenterAction = formAction({
  name: "ban-commenter",
  schema: z.object({ reason: z.string().max(500), spamPending: z.string() }),
  access: ["admin"],
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    const values = { reason: input.reason, spamPending: input.spamPending };
    if (!input.reason.trim()) return { errors: { reason: [t("dash.error.reasonRequired")] }, values };
    let spammed: number;
    try {
      spammed = (await banCommenter({ id: user.id, role: user.role }, cid, input.reason, input.spamPending === "on")).spammed.length;
    } catch (error) {
      if (error instanceof ModerationDenied && error.reason === "invalid") return { message: t("dash.error.banSelf"), values };
      rethrowDenied(error);
    }
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "ban", spammed));
  },
});
