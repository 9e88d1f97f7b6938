import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { articles, commentReports, commentStatusCounts, comments, users, type CommentStatus } from "@/db/schema";
import type { QueueStatus } from "@/lib/moderation-ui";
import type { Moderator } from "./moderation";

// The read side of moderation: the queue's pages and counts (server/moderation/moderation.ts re-exports them).
// Twenty rows per page, as WordPress shows: a page of fifty weighed 250 KB.
export const QUEUE_PAGE_SIZE = 20;

/** Comments this moderator may act on: an author's own articles; everything for admins. */
export function inScope(mod: Moderator): SQL {
  if (mod.role === "admin") return sql`true`;
  if (mod.role !== "author") return sql`false`;
  return sql`${comments.articleId} in (select ${articles.id} from ${articles} where ${articles.authorId} = ${mod.id})`;
}

export type QueueFilter = {
  status: QueueStatus;
  articleId?: number;
  commenterId?: string;
  q?: string;
};

export function filterConditions(mod: Moderator, filter: QueueFilter): SQL[] {
  const where: SQL[] = [
    inScope(mod),
    filter.status === "reported"
      ? and(
          inArray(comments.status, ["pending", "approved"]),
          sql`exists (select 1 from ${commentReports} r where r.comment_id = ${comments.id})`,
        )!
      : eq(comments.status, filter.status),
  ];
  if (filter.articleId) where.push(eq(comments.articleId, filter.articleId));
  if (filter.commenterId) where.push(eq(comments.authorId, filter.commenterId));
  const q = filter.q?.trim().slice(0, 200);
  if (q) where.push(sql`${comments.body} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  return where;
}

/** Per queue tab; comments kept for their author's address confirmation are no moderator's business yet. */
export async function countCommentsByStatus(mod: Moderator): Promise<Record<QueueStatus, number>> {
  // The admin sees every comment: the counts the triggers keep (a million rows took 350 ms to
  // count). An author's scope, their own articles' comments, is counted over its index.
  const rows =
    mod.role === "admin"
      ? await db
          .select({ status: commentStatusCounts.status, n: sql<number>`sum(${commentStatusCounts.count})::int` })
          .from(commentStatusCounts)
          .groupBy(commentStatusCounts.status)
      : await db
          .select({ status: comments.status, n: sql<number>`count(*)::int` })
          .from(comments)
          .where(inScope(mod))
          .groupBy(comments.status);
  // Reported comments are few (and their reports are cleared once judged): counted directly.
  const [reported] = await db
    .select({ n: sql<number>`count(distinct ${commentReports.commentId})::int` })
    .from(commentReports)
    .innerJoin(comments, eq(comments.id, commentReports.commentId))
    .where(and(inScope(mod), inArray(comments.status, ["pending", "approved"])));
  const counts: Record<QueueStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0, reported: reported.n };
  for (const r of rows) if (r.status !== "unconfirmed") counts[r.status] = r.n;
  return counts;
}

export type QueueRow = {
  id: number;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  editedAt: Date | null;
  deleted: boolean;
  author: { id: string | null; name: string | null; email: string | null; approvedCount: number };
  article: { id: number; title: string; slug: string };
  parent: { id: number; authorName: string | null; body: string } | null;
  /** Readers' open reports ("Melden"). */
  reportCount: number;
};

const parentComment = alias(comments, "parent_comment");
const parentAuthor = alias(users, "parent_author");

/** A comment with its author, article and parent, as the queue and the detail page show it. */
export function selectCommentRows() {
  return db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
      authorId: comments.authorId,
      // Guests (imported from WordPress) have no account: their name and email are on the comment.
      authorName: sql<string | null>`coalesce(${users.name}, ${comments.guestName})`,
      authorEmail: sql<string | null>`coalesce(${users.email}, ${comments.guestEmail})`,
      authorBannedAt: users.bannedAt,
      approvedCount: sql<number>`(select count(*)::int from comments c3 where c3.author_id = ${comments.authorId} and c3.status = 'approved')`,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      commentsOpen: articles.commentsOpen,
      parentId: parentComment.id,
      parentBody: parentComment.body,
      parentAuthorName: sql<string | null>`coalesce(${parentAuthor.name}, ${parentComment.guestName})`,
      reportCount: sql<number>`(select count(*)::int from comment_reports r where r.comment_id = ${comments.id})`,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(parentComment, eq(parentComment.id, comments.parentId))
    .leftJoin(parentAuthor, eq(parentAuthor.id, parentComment.authorId));
}

/**
 * One page of a queue, newest first. Keyset pagination: `before` is the id of the last row
 * of the previous page, compared as (created_at, id) so that equal timestamps neither repeat
 * nor vanish, and page 1,000 costs what page 1 costs.
 */
export async function listModerationQueue(
  mod: Moderator,
  filter: QueueFilter,
  before?: number,
): Promise<{ rows: QueueRow[]; nextBefore: number | null }> {
  const where = filterConditions(mod, filter);
  if (before) {
    where.push(
      sql`(${comments.createdAt}, ${comments.id}) < (select c2.created_at, c2.id from comments c2 where c2.id = ${before})`,
    );
  }
  const rows = await selectCommentRows()
    .where(and(...where))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(QUEUE_PAGE_SIZE + 1);

  const page = rows.slice(0, QUEUE_PAGE_SIZE).map((r): QueueRow => ({
    id: r.id,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    deleted: r.deletedAt !== null,
    // Email addresses are personal data: only admins see them.
    author: {
      id: r.authorId,
      name: r.authorName,
      email: mod.role === "admin" ? r.authorEmail : null,
      approvedCount: r.approvedCount,
    },
    article: { id: r.articleId, title: r.articleTitle, slug: r.articleSlug },
    parent: r.parentId ? { id: r.parentId, authorName: r.parentAuthorName, body: r.parentBody ?? "" } : null,
    reportCount: r.reportCount,
  }));
  return { rows: page, nextBefore: rows.length > QUEUE_PAGE_SIZE ? page[page.length - 1].id : null };
}
