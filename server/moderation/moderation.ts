import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  articles,
  commentStatusCounts,
  comments,
  moderationEvents,
  users,
  type CommentStatus,
  type Role,
} from "@/db/schema";
import { validateCommentBody } from "@/lib/comment-validation";
import { forbidden, invalid, notFound } from "@/server/http/errors";

export type Moderator = { id: string; role: Role };

export const MODERATION_ACTIONS = ["approve", "unapprove", "spam", "not_spam", "trash", "restore", "delete"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Which statuses an action applies to; a comment in any other status is left alone. */
const APPLIES_TO: Record<ModerationAction, CommentStatus[]> = {
  approve: ["pending"],
  unapprove: ["approved"],
  spam: ["pending", "approved"],
  not_spam: ["spam"],
  trash: ["pending", "approved", "spam"],
  restore: ["trash"],
  delete: ["spam", "trash"],
};

// Twenty rows per page, as WordPress shows: a page of fifty weighed 250 KB.
export const QUEUE_PAGE_SIZE = 20;

/** Comments this moderator may act on: an author's own articles; everything for admins. */
function inScope(mod: Moderator): SQL {
  if (mod.role === "admin") return sql`true`;
  if (mod.role !== "author") return sql`false`;
  return sql`${comments.articleId} in (select ${articles.id} from ${articles} where ${articles.authorId} = ${mod.id})`;
}

export type QueueFilter = {
  status: CommentStatus;
  articleId?: number;
  commenterId?: string;
  q?: string;
};

function filterConditions(mod: Moderator, filter: QueueFilter): SQL[] {
  const where: SQL[] = [inScope(mod), eq(comments.status, filter.status)];
  if (filter.articleId) where.push(eq(comments.articleId, filter.articleId));
  if (filter.commenterId) where.push(eq(comments.authorId, filter.commenterId));
  const q = filter.q?.trim().slice(0, 200);
  if (q) where.push(sql`${comments.body} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  return where;
}

export async function countCommentsByStatus(mod: Moderator): Promise<Record<CommentStatus, number>> {
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
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) counts[r.status] = r.n;
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
  }));
  return { rows: page, nextBefore: rows.length > QUEUE_PAGE_SIZE ? page[page.length - 1].id : null };
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The status a comment had before it went to spam or trash, from the audit log. */
async function previousStatus(tx: Tx, commentId: number, current: CommentStatus): Promise<CommentStatus> {
  const [event] = await tx
    .select({ fromStatus: moderationEvents.fromStatus })
    .from(moderationEvents)
    .where(and(eq(moderationEvents.commentId, commentId), eq(moderationEvents.toStatus, current)))
    .orderBy(desc(moderationEvents.id))
    .limit(1);
  const from = event?.fromStatus;
  return from && from !== "spam" && from !== "trash" ? from : "pending";
}

export type ModerationResult = { changed: number[]; articleIds: number[] };

/**
 * Applies one action to the given comments in one transaction, with an audit row each.
 * `strict`: every id must be in the moderator's scope, else nothing changes (a single-row
 * action on someone else's comment is refused); otherwise ids outside the scope are skipped.
 */
export async function moderateComments(
  mod: Moderator,
  ids: number[],
  action: ModerationAction,
  options: { strict: boolean },
): Promise<ModerationResult> {
  const unique = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0);
  if (unique.length === 0) return { changed: [], articleIds: [] };
  return db.transaction(async (tx) => {
    const found = await tx
      .select({ id: comments.id, status: comments.status, articleId: comments.articleId, body: comments.body })
      .from(comments)
      .where(and(inArray(comments.id, unique), inScope(mod)))
      .orderBy(comments.id)
      .for("update");
    if (options.strict && found.length !== unique.length) {
      const [exists] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(comments)
        .where(inArray(comments.id, unique));
      throw exists.n === unique.length ? forbidden() : notFound(`comments ${unique.join(",")}`);
    }
    const changed: number[] = [];
    const articleIds = new Set<number>();
    for (const c of found) {
      if (!APPLIES_TO[action].includes(c.status)) continue;
      changed.push(c.id);
      articleIds.add(c.articleId);
      if (action === "delete") {
        await tx.insert(moderationEvents).values({
          commentId: null,
          actorId: mod.id,
          action,
          fromStatus: c.status,
          oldBody: c.body,
          note: `comment ${c.id}`,
        });
        await tx.update(comments).set({ parentId: null }).where(eq(comments.parentId, c.id));
        await tx.delete(comments).where(eq(comments.id, c.id));
        continue;
      }
      const to: CommentStatus =
        action === "approve"
          ? "approved"
          : action === "unapprove"
            ? "pending"
            : action === "spam"
              ? "spam"
              : action === "trash"
                ? "trash"
                : await previousStatus(tx, c.id, c.status);
      await tx.update(comments).set({ status: to, updatedAt: new Date() }).where(eq(comments.id, c.id));
      await tx
        .insert(moderationEvents)
        .values({ commentId: c.id, actorId: mod.id, action, fromStatus: c.status, toStatus: to });
    }
    return { changed, articleIds: [...articleIds] };
  });
}

/** "All matching this filter": the same action on every comment of the queue, up to a bound per call. */
export async function moderateMatching(
  mod: Moderator,
  filter: QueueFilter,
  action: ModerationAction,
): Promise<ModerationResult> {
  const ids = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(...filterConditions(mod, filter)))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(5000);
  return moderateComments(
    mod,
    ids.map((r) => r.id),
    action,
    { strict: false },
  );
}

export async function editCommentAsModerator(
  mod: Moderator,
  id: number,
  rawBody: string,
): Promise<{ articleId: number }> {
  const checked = validateCommentBody(rawBody);
  if (!checked.ok) throw invalid(`dash.error.${checked.error}`);
  return db.transaction(async (tx) => {
    const [c] = await tx
      .select()
      .from(comments)
      .where(and(eq(comments.id, id), inScope(mod)))
      .for("update");
    if (!c) {
      const [exists] = await tx.select({ id: comments.id }).from(comments).where(eq(comments.id, id));
      throw exists ? forbidden() : notFound(`comment ${id}`);
    }
    if (c.body !== checked.body) {
      await tx.update(comments).set({ body: checked.body, updatedAt: new Date() }).where(eq(comments.id, id));
      await tx.insert(moderationEvents).values({
        commentId: id,
        actorId: mod.id,
        action: "edit",
        fromStatus: c.status,
        toStatus: c.status,
        oldBody: c.body,
      });
    }
    return { articleId: c.articleId };
  });
}

/** Loads one comment for a moderator, or explains why not (the order is 404, then 403). */
export async function getCommentForModeration(mod: Moderator, id: number) {
  const [row] = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      articleAuthorId: articles.authorId,
      status: comments.status,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.id, id));
  if (!row) throw notFound(`comment ${id}`);
  if (!(mod.role === "admin" || (mod.role === "author" && row.articleAuthorId === mod.id))) throw forbidden();
  return row;
}

export async function getCommentHistory(mod: Moderator, id: number) {
  await getCommentForModeration(mod, id);
  return db
    .select({
      id: moderationEvents.id,
      action: moderationEvents.action,
      fromStatus: moderationEvents.fromStatus,
      toStatus: moderationEvents.toStatus,
      oldBody: moderationEvents.oldBody,
      createdAt: moderationEvents.createdAt,
      actorName: users.name,
    })
    .from(moderationEvents)
    .leftJoin(users, eq(users.id, moderationEvents.actorId))
    .where(eq(moderationEvents.commentId, id))
    .orderBy(moderationEvents.createdAt, moderationEvents.id);
}

export async function setArticleCommentsOpen(mod: Moderator, articleId: number, open: boolean): Promise<void> {
  const [article] = await db.select({ authorId: articles.authorId }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw notFound(`article ${articleId}`);
  if (!(mod.role === "admin" || (mod.role === "author" && article.authorId === mod.id))) throw forbidden();
  await db.update(articles).set({ commentsOpen: open }).where(eq(articles.id, articleId));
}
