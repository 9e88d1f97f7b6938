import { z } from "zod";
import { t } from "@/lib/i18n";
import { clientAddress } from "@/server/http/client-address";
import { CommentRefused, postComment, type CommentRefusal } from "@/server/comments/comment-writes";
import { isAppError, logError } from "@/server/http/errors";
import { requireUser } from "@/server/accounts/session";

// Posting a comment for clients other than the page's form (apps, scripts, the benchmark).
// JSON only: a cross-site HTML form cannot send it, so a victim's cookies cannot be used here.

const bodySchema = z.object({
  articleId: z.number().int().positive(),
  parentId: z.number().int().positive().nullable().optional(),
  body: z.string().max(100_000),
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

const STATUS: Record<CommentRefusal, number> = {
  empty: 400,
  too_short: 400,
  too_long: 400,
  parent_invalid: 400,
  article_not_found: 404,
  not_found: 404,
  comments_closed: 403,
  forbidden: 403,
  edit_window_over: 403,
  duplicate: 409,
  stale_form: 409,
  too_fast: 429,
  address_too_fast: 429,
};

const answer = (status: number, payload: object, headers: Record<string, string> = {}) =>
  Response.json(payload, { status, headers: { "cache-control": "private, no-store", ...headers } });

export async function POST(request: Request) {
  let user;
  try {
    user = await requireUser();
  } catch (error) {
    if (isAppError(error)) {
      // A session ended by a ban is refused as banned (403), not as signed out (server/accounts/session.ts).
      const banned = error.publicKey === "errors.banned";
      const signedOut = error.kind === "unauthorized" && !banned;
      return answer(banned ? 403 : error.status, {
        error: signedOut ? t("commentError.signedOut") : t("commentError.banned"),
      });
    }
    // The session check reads the database: when that fails, the client should simply retry.
    logError("api/comments", error);
    return answer(503, { error: t("commentError.unavailable") }, { "retry-after": "5" });
  }
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return answer(415, { error: t("commentError.invalid") });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return answer(400, { error: t("commentError.invalid") });
  try {
    const posted = await postComment(user, {
      ...parsed.data,
      parentId: parsed.data.parentId ?? null,
      address: clientAddress(request.headers),
    });
    return answer(posted.replayed ? 200 : 201, { id: posted.id, status: posted.status, replayed: posted.replayed });
  } catch (error) {
    if (error instanceof CommentRefused) {
      const retry: Record<string, string> = error.retryAfterSeconds
        ? { "retry-after": String(error.retryAfterSeconds) }
        : {};
      return answer(
        STATUS[error.reason],
        { error: t(`commentError.${error.reason}`, { seconds: error.retryAfterSeconds ?? 15 }), reason: error.reason },
        retry,
      );
    }
    logError("api/comments", error);
    return answer(503, { error: t("commentError.unavailable") }, { "retry-after": "5" });
  }
}
