"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { z } from "zod";
import { validateCommentBody } from "@/lib/comment-validation";
import { t } from "@/lib/i18n";
import { withNotice } from "@/lib/moderation-ui";
import { formAction } from "@/server/http/action";
import { CommentRefused, postComment } from "@/server/comments/comment-writes";
import {
  editCommentAsModerator,
  moderateComments,
  ModerationDenied,
  type Moderator,
} from "@/server/moderation/moderation";
import { banCommenter, getCommentDetail } from "@/server/moderation/moderation-comment";
import { queueSchema, runQueueAction } from "./moderate-queue";

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

const moderateQueue = formAction({
  name: "moderate-queue",
  schema: queueSchema,
  access: ["author", "admin"],
  async run(input, { user }) {
    let target: string;
    try {
      target = await runQueueAction({ id: user.id, role: user.role }, input);
    } catch (error) {
      rethrowDenied(error);
    }
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
      await postComment(mod, {
        articleId: comment.article.id,
        parentId: cid,
        body: input.body,
        idempotencyKey: input.key || randomUUID(),
      });
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
      spammed = (await banCommenter({ id: user.id, role: user.role }, cid, input.reason, input.spamPending === "on"))
        .spammed.length;
    } catch (error) {
      if (error instanceof ModerationDenied && error.reason === "invalid")
        return { message: t("dash.error.banSelf"), values };
      rethrowDenied(error);
    }
    revalidatePath("/dashboard", "layout");
    redirect(withNotice(detailPath(cid), "ban", spammed));
  },
});
