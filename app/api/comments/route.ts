import { z } from "zod";
import { idempotencyKeySchema } from "@/lib/comment-validation";
import { COMMENT_RAW_MAX_LENGTH } from "@/lib/limits";
import { AppError, invalid } from "@/server/http/errors";
import { clientAddress } from "@/server/http/client-address";
import { COMMENT_MESSAGES } from "@/server/comments/comment-messages";
import { postComment } from "@/server/comments/comment-writes";
import { errorResponse } from "@/server/http/route-errors";
import { requireUser } from "@/server/accounts/session";

// Posting a comment for clients other than the page's form (apps, scripts, the benchmark).
// JSON only: a cross-site HTML form cannot send it, so a victim's cookies cannot be used here.

const bodySchema = z.object({
  articleId: z.number().int().positive(),
  parentId: z.number().int().positive().nullable().optional(),
  body: z.string().max(COMMENT_RAW_MAX_LENGTH),
  idempotencyKey: idempotencyKeySchema,
});

export async function POST(request: Request) {
  try {
    const user = await requireUser();
    if (!request.headers.get("content-type")?.startsWith("application/json"))
      throw new AppError("unsupported", "commentError.invalid", "not JSON");
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalid("commentError.invalid");
    const posted = await postComment(user, {
      ...parsed.data,
      parentId: parsed.data.parentId ?? null,
      address: clientAddress(request.headers),
    });
    return Response.json(
      { id: posted.id, status: posted.status, replayed: posted.replayed },
      { status: posted.replayed ? 200 : 201, headers: { "cache-control": "private, no-store" } },
    );
  } catch (error) {
    // A failure that is no refusal is most likely the database: the client should simply retry.
    return errorResponse("api/comments", error, { messages: COMMENT_MESSAGES, unexpectedStatus: 503 });
  }
}
