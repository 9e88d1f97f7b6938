"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/comment-validation";
import { COMMENT_RAW_MAX_LENGTH } from "@/lib/limits";
import { COMMENT_FIELD_ERRORS, COMMENT_MESSAGES } from "@/server/comments/comment-messages";
import { commentLocation, findVisibleCommentArticle } from "@/server/comments/comment-location";
import { toggleLike as toggleLikeOf } from "@/server/comments/comment-reactions";
import { postComment } from "@/server/comments/comment-writes";
import { deleteOwnComment, editOwnComment } from "@/server/comments/own-comment-edits";
import { defineAction } from "@/server/http/action";
import { invalid } from "@/server/http/errors";

// The reader's comment forms. Any signed-in, unbanned user may call them (defineAction checks
// on every call); the comment functions check ownership, windows and limits themselves.

const positiveId = (value: unknown): number => {
  const parsed = z.coerce.number().int().positive().safeParse(value);
  if (!parsed.success) throw invalid("commentError.invalid", `bad id ${String(value)}`);
  return parsed.data;
};

// An article page's own address (with comment page and order), as the like form sends it back.
const SAME_ARTICLE_PAGE = /^\/posts\/[^/?#\\]+(?:\?[\w=&%-]*)?$/;

/** The comment form's shared options: the typed text always comes back, whole. */
const commentForm = {
  access: "user" as const,
  keep: ["body"],
  keepMaxLength: COMMENT_RAW_MAX_LENGTH,
  fieldErrors: COMMENT_FIELD_ERRORS,
  messages: COMMENT_MESSAGES,
  hiddenFields: ["parentId", "idempotencyKey"],
};

/**
 * Only after the commit: the redirect is the "saved" message the reader sees. The target
 * differs from the form's page only by its anchor, so the page must be re-rendered explicitly
 * (new comment, fresh idempotency key for the next one).
 */
function showComment(location: { path: string; url: string }): never {
  revalidatePath(location.path);
  redirect(location.url);
}

export const postCommentAction = defineAction({
  ...commentForm,
  name: "post-comment",
  schema: z.object({
    body: z.string().max(COMMENT_RAW_MAX_LENGTH),
    parentId: z.union([z.literal(""), z.coerce.number().int().positive()], "commentError.invalid"),
    idempotencyKey: idempotencyKeySchema,
    notifyReplies: z.string().optional(),
  }),
  async run(input, { user, address }, articleId: unknown) {
    const posted = await postComment(user, {
      articleId: positiveId(articleId),
      parentId: input.parentId || null,
      body: input.body,
      idempotencyKey: input.idempotencyKey,
      address,
      notifyReplies: input.notifyReplies === "on",
    });
    showComment(await commentLocation(posted.articleId, posted.id, user.id));
  },
});

export const editOwnCommentAction = defineAction({
  ...commentForm,
  name: "edit-own-comment",
  schema: z.object({ body: z.string().max(COMMENT_RAW_MAX_LENGTH) }),
  async run(input, { user }, commentId: unknown) {
    const edited = await editOwnComment(user, positiveId(commentId), input.body);
    showComment(await commentLocation(edited.articleId, edited.id, user.id));
  },
});

const deleteOwn = defineAction({
  ...commentForm,
  name: "delete-own-comment",
  schema: z.object({}),
  async run(_input, { user }, commentId: unknown) {
    const deleted = await deleteOwnComment(user, positiveId(commentId));
    showComment(await commentLocation(deleted.articleId, deleted.id, user.id));
  },
});

/** A plain form (a button): on success the page reloads at the comment; a refusal is only logged. */
export async function deleteOwnCommentAction(commentId: unknown, formData: FormData): Promise<void> {
  await deleteOwn(commentId, {}, formData);
}

const toggleLike = defineAction({
  name: "toggle-like",
  schema: z.object({}),
  access: "user",
  async run(_input, { user }, commentId: unknown, returnTo: unknown) {
    const id = positiveId(commentId);
    await toggleLikeOf(user.id, id);
    // Back to the comment in the order and page the reader was reading (a plain form post without JavaScript).
    const path = typeof returnTo === "string" && SAME_ARTICLE_PAGE.test(returnTo) ? returnTo : null;
    const target = path ?? (await commentLocation((await findVisibleCommentArticle(id)) ?? 0, id, user.id)).url;
    revalidatePath(target.split(/[?#]/)[0]);
    redirect(path ? `${path}#comment-${id}` : target);
  },
});

/** "Gefällt mir" as a plain form (a button): works without JavaScript; a refusal is only logged. */
export async function toggleLikeAction(commentId: unknown, returnTo: unknown, formData: FormData): Promise<void> {
  await toggleLike(commentId, returnTo, {}, formData);
}
