import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, comments, isPubliclyVisible, moderationEvents, type CommentStatus, type Role } from "@/db/schema";
import { validateCommentBody } from "@/lib/comment-validation";
import { commentsAreOpen, decideCommentStatus, MAX_THREAD_DEPTH } from "./comment-rules";
import { getModerationSettings } from "./settings";

export type Commenter = { id: string; role: Role };

export type CommentRefusal =
  | "empty"
  | "too_short"
  | "too_long"
  | "article_not_found"
  | "comments_closed"
  | "parent_invalid"
  | "too_fast"
  | "duplicate"
  | "not_found"
  | "forbidden"
  | "edit_window_over"
  | "stale_form";

export class CommentRefused extends Error {
  constructor(
    readonly reason: CommentRefusal,
    readonly retryAfterSeconds?: number,
  ) {
    super(`comment refused: ${reason}`);
  }
}

export type PostedComment = { id: number; articleId: number; status: CommentStatus; replayed: boolean };

export type NewCommentInput = { articleId: number; parentId: number | null; body: string; idempotencyKey: string };

export const OWN_EDIT_WINDOW_MS = 10 * 60 * 1000;

/**
 * Stores a comment exactly once per idempotency key. A retry with the same key returns the
 * comment stored the first time (also when both requests arrive at once: the per-user
 * advisory lock serialises them and the unique index backs it up).
 */
export async function postComment(user: Commenter, input: NewCommentInput): Promise<PostedComment> {
  const checked = validateCommentBody(input.body);
  if (!checked.ok) throw new CommentRefused(checked.error);
  const body = checked.body;
  const settings = await getModerationSettings();

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`comment:${user.id}`}, 0))`);

    const [existing] = await tx
      .select({ id: comments.id, articleId: comments.articleId, status: comments.status, body: comments.body })
      .from(comments)
      .where(and(eq(comments.authorId, user.id), eq(comments.idempotencyKey, input.idempotencyKey)));
    if (existing) {
      // A retry sends the same text. Other text under a used key comes from a form that was
      // not reloaded: storing nothing and saying "saved" would lose it, so ask for a reload.
      if (existing.body !== body) throw new CommentRefused("stale_form");
      return { id: existing.id, articleId: existing.articleId, status: existing.status, replayed: true };
    }

    const [article] = await tx
      .select({ id: articles.id, authorId: articles.authorId, commentsOpen: articles.commentsOpen, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), isPubliclyVisible));
    if (!article) throw new CommentRefused("article_not_found");
    if (!commentsAreOpen(article, settings)) throw new CommentRefused("comments_closed");

    const parentId = input.parentId === null ? null : await resolveParent(tx, input.parentId, article.id);

    const trusted = user.role === "admin" || article.authorId === user.id;
    const exemptFromFlood = user.role === "admin" || user.role === "author";
    if (!exemptFromFlood && settings.floodIntervalSeconds > 0) {
      const [recent] = await tx
        .select({ age: sql<number>`extract(epoch from now() - ${comments.createdAt})::float` })
        .from(comments)
        .where(eq(comments.authorId, user.id))
        .orderBy(sql`${comments.createdAt} desc`)
        .limit(1);
      if (recent && recent.age < settings.floodIntervalSeconds) {
        throw new CommentRefused("too_fast", Math.max(1, Math.ceil(settings.floodIntervalSeconds - recent.age)));
      }
    }

    const [duplicate] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.authorId, user.id), eq(comments.articleId, article.id), eq(comments.body, body), isNull(comments.deletedAt)))
      .limit(1);
    if (duplicate) throw new CommentRefused("duplicate");

    const [approvedBefore] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.authorId, user.id), eq(comments.status, "approved")))
      .limit(1);
    const status = decideCommentStatus({ body, trusted, hasApprovedComment: Boolean(approvedBefore) }, settings);

    const [inserted] = await tx
      .insert(comments)
      .values({ articleId: article.id, parentId, authorId: user.id, body, status, idempotencyKey: input.idempotencyKey })
      .onConflictDoNothing({ target: [comments.authorId, comments.idempotencyKey] })
      .returning({ id: comments.id, articleId: comments.articleId, status: comments.status });
    if (inserted) return { ...inserted, replayed: false };
    // Unreachable while the advisory lock holds, but a conflict must still never look like a loss.
    const [stored] = await tx
      .select({ id: comments.id, articleId: comments.articleId, status: comments.status })
      .from(comments)
      .where(and(eq(comments.authorId, user.id), eq(comments.idempotencyKey, input.idempotencyKey)));
    return { ...stored, replayed: true };
  });
}

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** The comment a reply attaches to: the parent itself, or its parent when the parent is at the deepest level. */
async function resolveParent(tx: Tx, parentId: number, articleId: number): Promise<number> {
  const rows = await tx.execute<{ id: number; article_id: number; status: CommentStatus; depth: number }>(sql`
    with recursive chain as (
      select id, parent_id, article_id, status, 1 as up from comments where id = ${parentId}
      union all
      select c.id, c.parent_id, c.article_id, c.status, chain.up + 1 from comments c join chain on c.id = chain.parent_id
      where chain.up < ${MAX_THREAD_DEPTH + 1}
    )
    select (select id from chain where up = 1) as id, (select article_id from chain where up = 1) as article_id,
           (select status from chain where up = 1) as status, count(*)::int as depth from chain`);
  const parent = rows[0];
  if (!parent?.id || parent.article_id !== articleId || parent.status !== "approved") throw new CommentRefused("parent_invalid");
  if (parent.depth < MAX_THREAD_DEPTH) return parent.id;
  const [row] = await tx.select({ parentId: comments.parentId }).from(comments).where(eq(comments.id, parentId));
  return row.parentId ?? parent.id;
}

/** The commenter may correct their text for a short while; the old text goes to the audit log. */
export async function editOwnComment(user: Commenter, commentId: number, rawBody: string): Promise<{ id: number; articleId: number; status: CommentStatus }> {
  const checked = validateCommentBody(rawBody);
  if (!checked.ok) throw new CommentRefused(checked.error);
  const settings = await getModerationSettings();
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId)).for("update");
    if (!comment || comment.deletedAt) throw new CommentRefused("not_found");
    if (comment.authorId !== user.id) throw new CommentRefused("forbidden");
    if (Date.now() - comment.createdAt.getTime() > OWN_EDIT_WINDOW_MS) throw new CommentRefused("edit_window_over");
    if (comment.body === checked.body) return { id: comment.id, articleId: comment.articleId, status: comment.status };

    const [article] = await tx.select({ authorId: articles.authorId }).from(articles).where(eq(articles.id, comment.articleId));
    const trusted = user.role === "admin" || article?.authorId === user.id;
    // An edit must not smuggle links or listed words past moderation: re-check, never promote.
    const verdict = decideCommentStatus({ body: checked.body, trusted, hasApprovedComment: true }, settings);
    const status: CommentStatus = verdict === "approved" ? comment.status : verdict;
    const now = new Date();
    await tx.update(comments).set({ body: checked.body, status, editedAt: now, updatedAt: now }).where(eq(comments.id, comment.id));
    await tx.insert(moderationEvents).values({ commentId: comment.id, actorId: user.id, action: "edit_own", fromStatus: comment.status, toStatus: status, oldBody: comment.body });
    return { id: comment.id, articleId: comment.articleId, status };
  });
}

/** Removes the text but keeps the comment's place, so replies stay in their thread. */
export async function deleteOwnComment(user: Commenter, commentId: number): Promise<{ id: number; articleId: number }> {
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(comments).where(eq(comments.id, commentId)).for("update");
    if (!comment || comment.deletedAt) throw new CommentRefused("not_found");
    if (comment.authorId !== user.id) throw new CommentRefused("forbidden");
    const now = new Date();
    await tx.update(comments).set({ body: "", deletedAt: now, updatedAt: now }).where(eq(comments.id, comment.id));
    await tx.insert(moderationEvents).values({ commentId: comment.id, actorId: user.id, action: "delete_own", fromStatus: comment.status, toStatus: comment.status, oldBody: comment.body });
    return { id: comment.id, articleId: comment.articleId };
  });
}
