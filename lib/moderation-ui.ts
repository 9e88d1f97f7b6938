// URLs and action lists of the moderation dashboard, shared by its pages and actions.

export const COMMENT_STATUSES = ["pending", "approved", "spam", "trash"] as const;
/** The queue's tabs: the statuses, and "reported" (comments readers reported, held or not). */
export const QUEUE_VIEWS = [...COMMENT_STATUSES, "reported"] as const;
export type QueueStatus = (typeof QUEUE_VIEWS)[number];

export const QUEUE_ACTIONS = [
  "approve",
  "unapprove",
  "spam",
  "not_spam",
  "trash",
  "restore",
  "delete",
  "dismiss",
] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

/** The actions that apply to a comment in each status (as server/moderation/moderation.ts applies them). */
export const ACTIONS_FOR_STATUS: Record<QueueStatus, QueueAction[]> = {
  pending: ["approve", "spam", "trash"],
  approved: ["unapprove", "spam", "trash"],
  spam: ["not_spam", "trash", "delete"],
  trash: ["restore", "delete"],
  reported: ["dismiss", "spam", "trash"],
};

/** WordPress's keys in the comment list (app/dashboard/comments/queue-keys.tsx has the others). */
export const SHORTCUTS: Partial<Record<QueueAction, string>> = {
  approve: "a",
  unapprove: "u",
  spam: "s",
  trash: "t",
  delete: "d",
};

/** What undoes an action ("z"); deleting and dismissing reports cannot be undone. */
export const UNDO: Partial<Record<QueueAction, QueueAction>> = {
  approve: "unapprove",
  unapprove: "approve",
  spam: "not_spam",
  not_spam: "spam",
  trash: "restore",
  restore: "trash",
};

/** `undo=restore:12,13` as the queue's notice link carries it; null when it is not one. */
export function parseUndo(value: unknown): { action: QueueAction; ids: number[] } | null {
  if (typeof value !== "string") return null;
  const match = /^([a-z_]+):([1-9]\d{0,9}(?:,[1-9]\d{0,9}){0,19})$/.exec(value);
  if (!match || !Object.values(UNDO).includes(match[1] as QueueAction)) return null;
  return { action: match[1] as QueueAction, ids: match[2].split(",").map(Number) };
}

export type QueueParams = { status: QueueStatus; article?: number; commenter?: string; q?: string; before?: number };

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const positiveInt = (v: string | undefined) => {
  const n = Number(v);
  return v && Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

export function parseQueueParams(raw: Raw): QueueParams {
  const status = first(raw.status);
  const commenter = first(raw.commenter)?.slice(0, 100);
  const q = first(raw.q)?.trim().slice(0, 200);
  return {
    status: QUEUE_VIEWS.includes(status as QueueStatus) ? (status as QueueStatus) : "pending",
    article: positiveInt(first(raw.article)),
    commenter: commenter || undefined,
    q: q || undefined,
    before: positiveInt(first(raw.before)),
  };
}

/** The queue's URL; `undefined` in `change` removes a parameter. */
export function queueHref(params: QueueParams, change: Partial<QueueParams> = {}): string {
  const p = { ...params, ...change };
  const search = new URLSearchParams();
  if (p.status !== "pending") search.set("status", p.status);
  if (p.article) search.set("article", String(p.article));
  if (p.commenter) search.set("commenter", p.commenter);
  if (p.q) search.set("q", p.q);
  if (p.before) search.set("before", String(p.before));
  const query = search.toString();
  return `/dashboard/comments${query ? `?${query}` : ""}`;
}

/**
 * A return address posted by a form: only a path inside the dashboard, without the previous
 * notice. Anything else (another site, "//host", a backslash trick) becomes `fallback`.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length > 1000) return fallback;
  if (!(value === "/dashboard" || value.startsWith("/dashboard/") || value.startsWith("/dashboard?"))) return fallback;
  if (/[\\\s]/.test(value) || value.includes("//")) return fallback;
  const url = new URL(value, "http://localhost");
  if (url.origin !== "http://localhost") return fallback;
  url.searchParams.delete("done");
  url.searchParams.delete("n");
  url.searchParams.delete("undo");
  return url.pathname + url.search;
}

/** `path` with a confirmation notice for the page to show (`done` names the message), and what would undo it. */
export function withNotice(path: string, done: string, n?: number, undo?: string): string {
  const url = new URL(path, "http://localhost");
  url.searchParams.set("done", done);
  if (n !== undefined) url.searchParams.set("n", String(n));
  if (undo) url.searchParams.set("undo", undo);
  return url.pathname + url.search;
}

/** The first characters of a comment, on one line (the parent a reply answers). */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
