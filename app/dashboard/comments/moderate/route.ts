import { revalidatePath } from "next/cache";
import { t, translate } from "@/lib/i18n";
import { isAppError, logError } from "@/server/http/errors";
import { ModerationDenied } from "@/server/moderation/moderation";
import { requireRole } from "@/server/accounts/session";
import { queueFormInput, queueSchema, runQueueAction } from "../moderate-queue";

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * The queue's form without JavaScript (QueueForm posts here; with JavaScript it calls the
 * server action). A route handler because Next 16 turns forbidden() in a no-JavaScript
 * server-action post into its not-found page with 404; here a comment of another author's
 * article answers 403, a missing one 404, and nothing changes. The caller is checked first.
 */
export async function POST(request: Request): Promise<Response> {
  let user;
  try {
    user = await requireRole("author", "admin");
  } catch (error) {
    if (!isAppError(error)) throw error;
    logError("moderate-queue", error);
    return text(error.status, translate(error.publicKey));
  }
  // A body that is no form (JSON, garbage, a wrong Content-Type) is the client's mistake: 400,
  // not the TypeError formData() throws for it.
  const form = await request.formData().catch(() => null);
  const parsed = form ? queueSchema.safeParse(queueFormInput(form)) : null;
  if (!parsed?.success) return text(400, t("errors.badRequest"));
  let target: string;
  try {
    target = await runQueueAction({ id: user.id, role: user.role }, parsed.data);
  } catch (error) {
    if (error instanceof ModerationDenied && error.reason !== "invalid") {
      logError("moderate-queue", error);
      return text(
        error.reason === "forbidden" ? 403 : 404,
        error.reason === "forbidden" ? t("errors.forbidden") : t("errors.notFound"),
      );
    }
    throw error;
  }
  revalidatePath("/dashboard", "layout");
  // 303: the browser follows with a GET of the queue, which shows the notice.
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
}

export const dynamic = "force-dynamic";
