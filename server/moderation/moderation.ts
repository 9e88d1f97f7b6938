import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articles,
  commentReports,
  comments,
  moderationEvents,
  users,
  type CommentStatus,
  type Role,
} from "@/db/schema";
import { validateCommentBody } from "@/lib/comment-validation";
import { logActivity, type ActivityEntry } from "@/server/activity/activity-log";
import { forbidden, invalid, notFound } from "@/server/http/errors";
import { filterConditions, inScope, type QueueFilter } from "./moderation-queue";

export type Moderator = { id: string; role: Role };

export const MODERATION_ACTIONS = [
  "approve",
  "unapprove",
  "spam",
  "not_spam",
  "trash",
  "restore",
  "delete",
  "dismiss",
] as const;
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
  // Readers' reports judged unfounded: cleared, and a comment they held is published again.
  dismiss: ["pending", "approved"],
};

export {
  QUEUE_PAGE_SIZE,
  countCommentsByStatus,
  listModerationQueue,
  selectCommentRows,
  type QueueFilter,
  type QueueRow,
} from "./moderation-queue";

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

/** Article titles for the log's subject labels (the comment's article, as it was titled then). */
async function articleTitles(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(inArray(articles.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.title]));
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
    const titles = await articleTitles(
      tx,
      found.filter((c) => APPLIES_TO[action].includes(c.status)).map((c) => c.articleId),
    );
    const entry = (c: (typeof found)[number], extra: Partial<ActivityEntry>): ActivityEntry => ({
      actorId: mod.id,
      action,
      subject: { type: "comment", id: c.id, label: titles.get(c.articleId) ?? null },
      fromStatus: c.status,
      ...extra,
    });
    for (const c of found) {
      if (!APPLIES_TO[action].includes(c.status)) continue;
      if (action === "approve" || action === "dismiss") {
        // Approving answers the reports too: they leave the "Gemeldet" queue with it.
        const cleared = await tx
          .delete(commentReports)
          .where(eq(commentReports.commentId, c.id))
          .returning({ id: commentReports.id });
        if (action === "dismiss" && cleared.length === 0) continue;
      }
      changed.push(c.id);
      articleIds.add(c.articleId);
      if (action === "delete") {
        await logActivity(tx, entry(c, { commentId: null, oldBody: c.body, note: `comment ${c.id}` }));
        await tx.update(comments).set({ parentId: null }).where(eq(comments.parentId, c.id));
        await tx.delete(comments).where(eq(comments.id, c.id));
        continue;
      }
      if (action === "dismiss" && c.status === "approved") {
        await tx
          .insert(moderationEvents)
          .values({ commentId: c.id, actorId: mod.id, action, fromStatus: c.status, toStatus: c.status });
        continue;
      }
      const to: CommentStatus =
        action === "approve" || action === "dismiss"
          ? "approved"
          : action === "unapprove"
            ? "pending"
            : action === "spam"
              ? "spam"
              : action === "trash"
                ? "trash"
                : await previousStatus(tx, c.id, c.status);
      await tx.update(comments).set({ status: to, updatedAt: new Date() }).where(eq(comments.id, c.id));
      await logActivity(tx, entry(c, { commentId: c.id, toStatus: to }));
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
      const titles = await articleTitles(tx, [c.articleId]);
      await logActivity(tx, {
        actorId: mod.id,
        action: "edit",
        subject: { type: "comment", id, label: titles.get(c.articleId) ?? null },
        commentId: id,
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
