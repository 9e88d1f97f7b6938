// A post's comments: threads kept (wp:comment_parent), registered commenters linked to their
// imported account, everyone else a guest with name, email (never shown) and website.
// Inserted in multi-row statements, so the status counters' triggers (migration 0006) run
// once per statement, not once per comment.
import { inArray, sql } from "drizzle-orm";
import { comments, type CommentStatus } from "@/db/schema";
import { type Context, type Tx, wpDate } from "./context";
import { decodeEntities, htmlToPlainText } from "./html-text";
import { count, note, problem } from "./report";
import type { WxrComment, WxrItem } from "./types";

const STATUS: Record<string, CommentStatus> = {
  "1": "approved",
  "0": "pending",
  spam: "spam",
  trash: "trash",
  "post-trashed": "trash",
};

type Row = {
  wpId: number;
  wpParent: number;
  articleId: number;
  authorId: string | null;
  guestName: string | null;
  guestEmail: string | null;
  guestUrl: string | null;
  body: string;
  status: CommentStatus;
  createdAt: Date;
};

function webAddress(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

function toRow(ctx: Context, c: WxrComment, articleId: number, fallbackDate: Date | null): Row | string {
  const isPing = c.type === "pingback" || c.type === "trackback";
  if (isPing && ctx.options.skipPings) return `${c.type} (--skip-pings)`;
  if (!isPing && c.type !== "" && c.type !== "comment") return `comment type "${c.type}"`;
  const status = STATUS[c.approved];
  if (!status) return `unknown status "${c.approved}"`;
  const body = htmlToPlainText(c.content);
  if (!body) return "empty text";
  let date: Date | null;
  try {
    date = wpDate(c.dateGmt, c.date, ctx.options.timeZone ?? "Europe/Berlin");
  } catch (error) {
    return (error as Error).message;
  }
  const authorId = c.userId > 0 ? (ctx.usersByWpId.get(c.userId) ?? null) : null;
  if (c.userId > 0 && !authorId)
    note(
      ctx.report,
      `comment ${c.id}`,
      `WordPress user ${c.userId} is not in the export: kept as a guest comment by "${c.author}"`,
    );
  return {
    wpId: c.id,
    wpParent: c.parent,
    articleId,
    authorId,
    guestName: authorId ? null : decodeEntities(c.author).trim() || "Anonym",
    guestEmail: authorId ? null : c.email.trim().toLowerCase() || null,
    guestUrl: authorId ? null : webAddress(c.url),
    body,
    status,
    createdAt: date ?? fallbackDate ?? new Date(),
  };
}

const FIELDS = ["articleId", "authorId", "guestName", "guestEmail", "guestUrl", "body", "status"] as const;

export async function importComments(
  tx: Tx,
  ctx: Context,
  item: WxrItem,
  articleId: number,
  publishedAt: Date | null,
): Promise<void> {
  const rows: Row[] = [];
  for (const c of item.comments) {
    const row = toRow(ctx, c, articleId, publishedAt);
    if (typeof row === "string") problem(ctx.report, "comments", `comment ${c.id} (post ${item.id})`, "skipped", row);
    else rows.push(row);
  }
  if (rows.length === 0) return;
  const existing = new Map<number, typeof comments.$inferSelect>();
  for (let i = 0; i < rows.length; i += 5000) {
    const found = await tx
      .select()
      .from(comments)
      .where(
        inArray(
          comments.wpId,
          rows.slice(i, i + 5000).map((r) => r.wpId),
        ),
      );
    for (const e of found) existing.set(e.wpId!, e);
  }
  const idOf = new Map<number, number>();
  for (const [wpId, e] of existing) idOf.set(wpId, e.id);

  // Ids drawn from the sequence up front: every new comment, replies included, then goes in
  // with its parent's id in one multi-row statement, however deep the threads.
  const fresh = byDepth(rows.filter((r) => !existing.has(r.wpId)));
  if (fresh.length > 0) {
    const ids = await tx.execute<{ id: number }>(
      sql`select nextval(pg_get_serial_sequence('comments', 'id'))::int as id from generate_series(1, ${fresh.length})`,
    );
    fresh.forEach((r, i) => idOf.set(r.wpId, ids[i].id));
    for (let i = 0; i < fresh.length; i += 1000) {
      await tx.insert(comments).values(
        fresh.slice(i, i + 1000).map((r) => ({
          ...pick(r),
          id: idOf.get(r.wpId)!,
          wpId: r.wpId,
          parentId: parentOf(ctx, r, idOf, item.id),
          createdAt: r.createdAt,
          updatedAt: r.createdAt,
        })),
      );
    }
    count(ctx.report, "comments", "imported", fresh.length);
  }

  for (const r of rows) {
    const e = existing.get(r.wpId);
    if (!e) continue;
    const parentId = parentOf(ctx, r, idOf, item.id);
    const same =
      FIELDS.every((k) => r[k] === e[k]) && e.parentId === parentId && e.createdAt.getTime() === r.createdAt.getTime();
    if (same) {
      count(ctx.report, "comments", "unchanged");
      continue;
    }
    await tx
      .update(comments)
      .set({ ...pick(r), parentId, createdAt: r.createdAt, updatedAt: new Date() })
      .where(inArray(comments.id, [e.id]));
    count(ctx.report, "comments", "updated");
  }
}

/** Parents before their replies, so a reply never names a row of a later statement. */
function byDepth(rows: Row[]): Row[] {
  const byWpId = new Map(rows.map((r) => [r.wpId, r]));
  const depth = (r: Row): number => {
    let d = 0;
    for (let p = byWpId.get(r.wpParent); p && d < rows.length; p = byWpId.get(p.wpParent)) d++;
    return d;
  };
  return rows
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.r);
}

function pick(r: Row) {
  return {
    articleId: r.articleId,
    authorId: r.authorId,
    guestName: r.guestName,
    guestEmail: r.guestEmail,
    guestUrl: r.guestUrl,
    body: r.body,
    status: r.status,
  };
}

function parentOf(ctx: Context, r: Row, idOf: Map<number, number>, postId: number): number | null {
  if (r.wpParent === 0) return null;
  const id = idOf.get(r.wpParent);
  if (id === undefined)
    note(
      ctx.report,
      `comment ${r.wpId} (post ${postId})`,
      `its parent ${r.wpParent} is not in the export (spam?): shown as a thread of its own`,
    );
  return id ?? null;
}
