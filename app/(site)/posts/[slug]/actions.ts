"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { CommentFormState } from "@/lib/comment-form-state";
import { t } from "@/lib/i18n";
import { clientAddress } from "@/server/http/client-address";
import { commentLocation } from "@/server/comments/comment-location";
import {
  CommentRefused,
  deleteOwnComment,
  editOwnComment,
  postComment,
  type CommentRefusal,
} from "@/server/comments/comment-writes";
import { isAppError, logError } from "@/server/http/errors";
import { requireUser } from "@/server/accounts/session";

const FIELD_ERRORS: CommentRefusal[] = ["empty", "too_short", "too_long"];

const postSchema = z.object({
  parentId: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/** Turns what went wrong into the form's state; the typed text always comes back. */
function refusedState(error: unknown, body: string): CommentFormState {
  const values = { body };
  if (error instanceof CommentRefused) {
    const message = t(`commentError.${error.reason}`, { seconds: error.retryAfterSeconds ?? 15 });
    return FIELD_ERRORS.includes(error.reason) ? { errors: { body: [message] }, values } : { message, values };
  }
  if (isAppError(error)) {
    // errors.banned also comes as "unauthorized": the ban ended the session (server/accounts/session.ts).
    if (error.publicKey === "errors.banned") return { message: t("commentError.banned"), values };
    if (error.kind === "unauthorized") return { message: t("commentError.signedOut"), values };
    if (error.kind === "forbidden") return { message: t("commentError.banned"), values };
  }
  // The database may be down or slow: the user keeps the text and can simply send it again.
  logError("comments", error);
  return { message: t("commentError.unavailable"), values };
}

export async function postCommentAction(
  articleId: number,
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const body = String(formData.get("body") ?? "");
  const parsed = postSchema.safeParse({
    parentId: formData.get("parentId") ?? undefined,
    idempotencyKey: formData.get("idempotencyKey"),
  });
  if (!parsed.success || !Number.isSafeInteger(articleId))
    return { message: t("commentError.invalid"), values: { body } };
  let location: { path: string; url: string };
  try {
    const user = await requireUser();
    const posted = await postComment(user, {
      articleId,
      parentId: parsed.data.parentId ? parsed.data.parentId : null,
      body,
      idempotencyKey: parsed.data.idempotencyKey,
      address: clientAddress(await headers()),
      notifyReplies: formData.get("notifyReplies") === "on",
    });
    location = await commentLocation(posted.articleId, posted.id, user.id);
  } catch (error) {
    return refusedState(error, body);
  }
  // Only now, after the commit: the redirect is the "saved" message the reader sees. The
  // target differs from the form's page only by its anchor, so the page must be re-rendered
  // explicitly (new comment, fresh idempotency key for the next one).
  revalidatePath(location.path);
  redirect(location.url);
}

export async function editOwnCommentAction(
  commentId: number,
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const body = String(formData.get("body") ?? "");
  let location: { path: string; url: string };
  try {
    const user = await requireUser();
    const edited = await editOwnComment(user, commentId, body);
    location = await commentLocation(edited.articleId, edited.id, user.id);
  } catch (error) {
    return refusedState(error, body);
  }
  revalidatePath(location.path);
  redirect(location.url);
}

export async function deleteOwnCommentAction(commentId: number): Promise<void> {
  let location: { path: string; url: string };
  try {
    const user = await requireUser();
    const deleted = await deleteOwnComment(user, commentId);
    location = await commentLocation(deleted.articleId, deleted.id, user.id);
  } catch (error) {
    logError("comments", error);
    return;
  }
  revalidatePath(location.path);
  redirect(location.url);
}
