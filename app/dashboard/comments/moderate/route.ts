import { revalidatePath } from "next/cache";
import { invalid } from "@/server/http/errors";
import { errorResponse } from "@/server/http/route-errors";
import { requireRole } from "@/server/accounts/session";
import { queueFormInput, queueSchema, runQueueAction } from "@/server/moderation/queue-actions";

/**
 * The queue's form without JavaScript (QueueForm posts here; with JavaScript it calls the
 * server action). A route handler because Next 16 turns forbidden() in a no-JavaScript
 * server-action post into its not-found page with 404; here a comment of another author's
 * article answers 403, a missing one 404, and nothing changes. The caller is checked first.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const user = await requireRole("author", "admin");
    // A body that is no form (JSON, garbage, a wrong Content-Type) is the client's mistake: 400,
    // not the TypeError formData() throws for it.
    const form = await request.formData().catch(() => null);
    const parsed = form ? queueSchema.safeParse(queueFormInput(form)) : null;
    if (!parsed?.success) throw invalid("errors.badRequest");
    const target = await runQueueAction({ id: user.id, role: user.role }, parsed.data);
    revalidatePath("/dashboard", "layout");
    // 303: the browser follows with a GET of the queue, which shows the notice.
    return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse("moderate-queue", error, { format: "text" });
  }
}

export const dynamic = "force-dynamic";
