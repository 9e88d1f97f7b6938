"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { idempotencyKeySchema, validateCommentBody, validateGuestIdentity } from "@/lib/comment-validation";
import { t } from "@/lib/i18n";
import { COMMENT_RAW_MAX_LENGTH, GUEST_NAME_MAX_LENGTH } from "@/lib/limits";
import { COMMENT_FIELD_ERRORS, COMMENT_MESSAGES } from "@/server/comments/comment-messages";
import { commentLocation } from "@/server/comments/comment-location";
import { postGuestComment } from "@/server/comments/guest-comment-writes";
import { signPendingView } from "@/server/comments/guest-tokens";
import { defineAction } from "@/server/http/action";
import { forbidden, invalid } from "@/server/http/errors";

// The guest comment form (anonymous readers, when the settings allow guests). Anyone may call
// it: postGuestComment checks the setting, the honeypot, the fill time and every limit itself.

export const postGuestCommentAction = defineAction({
  name: "post-guest-comment",
  access: "public",
  keep: ["body", "name", "email", "url"],
  keepMaxLength: COMMENT_RAW_MAX_LENGTH,
  fieldErrors: COMMENT_FIELD_ERRORS,
  messages: COMMENT_MESSAGES,
  hiddenFields: ["parentId", "idempotencyKey", "startedAt"],
  schema: z.object({
    body: z.string().max(COMMENT_RAW_MAX_LENGTH),
    name: z.string().max(1000),
    email: z.string().max(1000),
    url: z.string().max(1000),
    homepage: z.string().max(1000),
    startedAt: z.string().max(200),
    parentId: z.union([z.literal(""), z.coerce.number().int().positive()], "commentError.invalid"),
    idempotencyKey: idempotencyKeySchema,
  }),
  async run(input, { user, address, values }, articleId: unknown) {
    // "public" passes no caller check: a banned account must not get round its ban through the guest form.
    if (user?.banned) throw forbidden("commentError.banned", "banned user on the guest form");
    const id = z.coerce.number().int().positive().safeParse(articleId);
    if (!id.success) throw invalid("commentError.invalid", `bad article id ${String(articleId)}`);
    // Every field's error at once, so a reader without JavaScript corrects them in one go.
    const identity = validateGuestIdentity(input);
    const text = validateCommentBody(input.body);
    if (!identity.ok || !text.ok) {
      const errors: Record<string, string[]> = identity.ok
        ? {}
        : Object.fromEntries(
            Object.entries(identity.errors).map(([field, key]) => [field, [t(key, { max: GUEST_NAME_MAX_LENGTH })]]),
          );
      if (!text.ok) errors.body = [t(`commentError.${text.error}`)];
      return { errors, values };
    }
    const posted = await postGuestComment({
      articleId: id.data,
      parentId: input.parentId || null,
      body: input.body,
      idempotencyKey: input.idempotencyKey,
      guest: identity.guest,
      address,
      trap: input.homepage,
      formTime: input.startedAt,
    });
    const location = await commentLocation(posted.articleId, posted.id, null);
    // Her link: a page of her own that no shared cache stores (the article page marks it
    // personal), showing her held comment for a short while, or her published one without
    // waiting for the cache's purge.
    const [path, anchor] = location.url.split("#");
    const token = encodeURIComponent(signPendingView(posted.id));
    redirect(`${path}${path.includes("?") ? "&" : "?"}guest=${token}#${anchor}`);
  },
});
