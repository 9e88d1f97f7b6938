"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validateCommentBody } from "@/lib/comment-validation";
import { BAN_REASON_MAX_LENGTH, COMMENT_RAW_MAX_LENGTH } from "@/lib/limits";
import { t } from "@/lib/i18n";
import { withNotice } from "@/lib/moderation-ui";
import { defineAction } from "@/server/http/action";
import { postComment } from "@/server/comments/comment-writes";
import { editCommentAsModerator, moderateComments, type Moderator } from "@/server/moderation/moderation";
import { banCommenter, getCommentDetail } from "@/server/moderation/moderation-comment";
import { queueSchema, runQueueAction } from "@/server/moderation/queue-actions";

// Each action is a public POST endpoint: defineAction checks for an author or admin on every
// call (requireRole), and server/moderation*.ts checks the scope of every comment again. A
// single comment out of scope answers 403, a missing one 404 (statusPages), also to a
// replayed raw POST.

const commentId = (id: unknown) => z.coerce.number().int().positive().parse(id);
const detailPath = (id: number) => `/dashboard/comments/${id}`;

const moderateQueue = defineAction({
  name: "moderate-queue",
  schema: queueSchema,
  access: ["author", "admin"],
  statusPages: true,
  async run(input, { user }) {
    const target = await runQueueAction({ id: user.id, role: user.role }, input);
    revalidatePath("/dashboard", "layout");
    redirect(target);
  },
});

/**
 * The queue's form with JavaScript (QueueForm calls it; every outcome is a redirect, a 403
 * or a 404). Without JavaScript the same form posts to ./moderate/route.ts instead: Next
 * 16 answers forbidden() in a no-JavaScript action post with its not-found page and 404.
 */
export async function moderateQueueAction(formData: FormData): Promise<void> {
  await moderateQueue({}, formData);
}

const BODY_ERRORS = { "dash.error.empty": "body", "dash.error.too_short": "body", "dash.error.too_long": "body" };

const bodyError = (raw: string) => {
  const checked = validateCommentBody(raw);
  return checked.ok ? null : { errors: { body: [t(`dash.error.${checked.error}`)] }, values: { body: raw } };
};

export const editCommentAction = defineAction({
  name: "edit-comment",
  schema: z.object({ body: z.string().max(COMMENT_RAW_MAX_LENGTH) }),
  access: ["author", "admin"],
  keep: ["body"],
  keepMaxLength: COMMENT_RAW_MAX_LENGTH,
  fieldErrors: BODY_ERRORS,
  statusPages: true,
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    await editCommentAsModerator({ id: user.id, role: user.role }, cid, input.body);
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "edit"));
  },
});

export const replyCommentAction = defineAction({
  name: "reply-comment",
  schema: z.object({ body: z.string().max(COMMENT_RAW_MAX_LENGTH), key: z.string().max(100) }),
  access: ["author", "admin"],
  keep: ["body"],
  keepMaxLength: COMMENT_RAW_MAX_LENGTH,
  messages: { "commentError.comments_closed": "dash.detail.replyClosed" },
  statusPages: true,
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    const mod: Moderator = { id: user.id, role: user.role };
    const invalid = bodyError(input.body);
    if (invalid) return invalid;
    const comment = await getCommentDetail(mod, cid);
    // Replying to a held comment approves it, as in WordPress: a reply needs a visible parent.
    if (comment.status === "pending") await moderateComments(mod, [cid], "approve", { strict: true });
    // The moderator is the article's author or an admin, so postComment approves the reply at once.
    await postComment(mod, {
      articleId: comment.article.id,
      parentId: cid,
      body: input.body,
      idempotencyKey: input.key || randomUUID(),
    });
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "reply"));
  },
});

export const banCommenterAction = defineAction({
  name: "ban-commenter",
  schema: z.object({ reason: z.string().max(BAN_REASON_MAX_LENGTH), spamPending: z.string() }),
  access: ["admin"],
  keep: ["reason", "spamPending"],
  fieldErrors: { "dash.error.reasonRequired": "reason" },
  statusPages: true,
  async run(input, { user }, id: unknown) {
    const cid = commentId(id);
    const { spammed } = await banCommenter(
      { id: user.id, role: user.role },
      cid,
      input.reason,
      input.spamPending === "on",
    );
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "ban", spammed.length));
  },
});
