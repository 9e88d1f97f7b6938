import "server-only";
import { z } from "zod";
import {
  parseQueueParams,
  QUEUE_ACTIONS,
  safeReturnPath,
  UNDO,
  withNotice,
  type QueueAction,
} from "@/lib/moderation-ui";
import { moderateComments, moderateMatching, QUEUE_PAGE_SIZE, type Moderator } from "@/server/moderation/moderation";

// The moderation queue's one form, shared by the server action (with JavaScript) and the
// route handler app/dashboard/comments/moderate/route.ts (without). Both check the caller
// first; moderation.ts checks every comment's scope again and refuses a single row out of
// scope (403) or missing (404).

const isQueueAction = (v: string): v is QueueAction => (QUEUE_ACTIONS as readonly string[]).includes(v);

export const queueSchema = z.object({
  returnTo: z.string().max(1000),
  // A row's button sends "approve:123", a bulk button the action for the ticked ids.
  rowAction: z
    .string()
    .max(40)
    .regex(/^(?:[a-z_]+:[1-9]\d{0,15})?$/),
  bulkAction: z.string().max(20),
  matchAction: z.string().max(20),
  ids: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : [v].flat()),
    z.array(z.coerce.number().int().positive()).max(QUEUE_PAGE_SIZE),
  ),
  confirmDelete: z.string(),
});
export type QueueInput = z.output<typeof queueSchema>;

/** FormData as the schema reads it: missing fields empty, repeated ones (ids) as arrays. */
export function queueFormInput(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(Object.keys(queueSchema.shape).map((k) => [k, ""]));
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    input[key] = all.length > 1 ? all : all[0];
  }
  return input;
}

/** Applies the posted action and returns where to go next (the queue with a notice, or the delete confirmation). */
export async function runQueueAction(mod: Moderator, input: QueueInput): Promise<string> {
  let back = safeReturnPath(input.returnTo, "/dashboard/comments");
  const [rowAction, rowId] = input.rowAction.split(":");
  const mode = input.rowAction ? "row" : input.bulkAction ? "bulk" : "match";
  const action = mode === "row" ? rowAction : mode === "bulk" ? input.bulkAction : input.matchAction;
  if (!isQueueAction(action)) return back;
  const ids = mode === "row" ? [z.coerce.number().int().positive().parse(rowId)] : input.ids;
  if (action === "delete") {
    // Deleting cannot be undone: it runs only from the confirmation page (no JavaScript needed).
    if (input.confirmDelete !== "yes") {
      const confirm = new URLSearchParams({ returnTo: back });
      if (mode === "match") confirm.set("all", "1");
      else confirm.set("ids", ids.join(","));
      return `/dashboard/comments/delete?${confirm}`;
    }
    if (/^\/dashboard\/comments\/\d+/.test(back)) back = "/dashboard/comments";
  }
  let changed: number;
  let changedIds: number[] = [];
  if (mode === "match") {
    const filter = parseQueueParams(Object.fromEntries(new URL(back, "http://localhost").searchParams));
    changed = (
      await moderateMatching(
        mod,
        { status: filter.status, articleId: filter.article, commenterId: filter.commenter, q: filter.q },
        action,
      )
    ).changed.length;
  } else {
    changedIds = (await moderateComments(mod, ids, action, { strict: mode === "row" })).changed;
    changed = changedIds.length;
  }
  // Row and bulk actions can be undone from the notice ("z"); "all matching" can be thousands.
  const undo = UNDO[action];
  return withNotice(back, action, changed, undo && changedIds.length ? `${undo}:${changedIds.join(",")}` : undefined);
}
