import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { authAttempts, comments, type CommentStatus, type Role } from "@/db/schema";
import { cacheKey, PURGE_CHANNEL, purgePayloads } from "@/lib/cache-keys";
import { validateCommentBody } from "@/lib/comment-validation";
import {
  COMMENTS_PER_ADDRESS,
  commentsAreOpen,
  decideCommentStatus,
  floodLimited,
  MAX_THREAD_DEPTH,
} from "@/server/comments/comment-rules";
import { AppError, logError, type ErrorKind } from "@/server/http/errors";
import { MODERATION_SETTINGS_KEY, parseModerationSettings } from "@/server/site/settings";

export type Commenter = { id: string; role: Role };

/** Why a comment was refused, as the kind of AppError it is (its HTTP status) and its message (commentError.*). */
const REFUSALS = {
  empty: "invalid",
  too_short: "invalid",
  too_long: "invalid",
  parent_invalid: "invalid",
  article_not_found: "not_found",
  not_found: "not_found",
  comments_closed: "forbidden",
  forbidden: "forbidden",
  edit_window_over: "forbidden",
  duplicate: "conflict",
  stale_form: "conflict",
  too_fast: "rate_limited",
  address_too_fast: "rate_limited",
  unconfirmed_waiting: "conflict",
  // Guests only (guest-comment-writes.ts).
  guest_disabled: "forbidden",
  email_too_fast: "rate_limited",
  too_quick: "invalid",
  form_expired: "conflict",
  rejected: "invalid",
} as const satisfies Record<string, ErrorKind>;
export type CommentRefusal = keyof typeof REFUSALS;

export const refused = (reason: CommentRefusal, values: Record<string, number> = {}) =>
  new AppError(REFUSALS[reason], `commentError.${reason}`, undefined, values);

export type PostedComment = { id: number; articleId: number; status: CommentStatus; replayed: boolean };

/** `address`: the client's (server/http/client-address.ts), for the per-address cap; none for trusted callers such as tests. */
export type NewCommentInput = {
  articleId: number;
  parentId: number | null;
  body: string;
  idempotencyKey: string;
  address?: string;
  /** "Bei Antworten benachrichtigen": the reply trigger (db/migrations/0011) reads it. */
  notifyReplies?: boolean;
};

/** What postComment needs to know, read in one statement after the locks (postingState). */
type PostingState = {
  settings: unknown;
  existing_id: number | null;
  existing_article_id: number | null;
  existing_status: CommentStatus | null;
  existing_body: string | null;
  article_id: number | null;
  article_author_id: string | null;
  comments_open: boolean | null;
  published_at_ms: number | null;
  parent_id: number | null;
  parent_article_id: number | null;
  parent_status: CommentStatus | null;
  parent_parent_id: number | null;
  parent_depth: number;
  last_comment_age: number | null;
  duplicate: boolean;
  approved_before: boolean;
  /** Seconds until the address may post again, null when it is under its cap. */
  address_wait: number | null;
  /** The commenter's address is confirmed (server/accounts/email-confirmation.ts). */
  confirmed: boolean;
  /** A comment of hers already waits for that confirmation. */
  unconfirmed_waiting: boolean;
};

/**
 * Stores a comment exactly once per idempotency key. A retry with the same key returns the
 * comment stored the first time (also when both requests arrive at once: the per-user
 * advisory lock serialises them and the unique index backs it up).
 */
export async function postComment(user: Commenter, input: NewCommentInput): Promise<PostedComment> {
  const checked = validateCommentBody(input.body);
  if (!checked.ok) throw refused(checked.error);
  return storeComment(user, input, checked.body);
}

/**
 * One transaction (db.transaction) whose statements go out in two pipelined batches: the
 * lock and the checks, then the insert; the commit follows when the callback returns, and
 * the answer only after it. The checks are one combined query (Drizzle's `sql` template):
 * many small ones would each cost a round trip on the site's hot write path. Every statement
 * is a named prepared one (see `statement`).
 *
 * The notification publishes the cache keys the new comment changes (lib/cache-keys.ts). The
 * comments trigger does this for every other change; inside the comment's own transaction it
 * would make the commit wait for every other notifying commit's WAL flush
 * (db/migrations/0007_notify_after_commit.sql, 0008_purge_keys.sql). It runs after the
 * commit, in a transaction of its own that stores nothing and so need not wait for its flush
 * either: the comment was committed durably already, and a crash that lost the notification
 * restarts the front server's listener, which empties the cache anyway.
 */
async function storeComment(user: Commenter, input: NewCommentInput, body: string): Promise<PostedComment> {
  // The address's lock serialises its posts so that its cap holds; taken after the user's
  // (always in this order: no deadlock), and only while the cap is on, so that the benchmark's
  // readers on one loopback address do not queue behind each other with the flood limit off.
  const address = input.address !== undefined && floodLimited(user.role) ? input.address : null;
  const stored = await db.transaction(async (tx) => {
    // Under READ COMMITTED the checks take their snapshot only once the lock is granted: they
    // see whatever an earlier request of this user committed while this one waited. Within
    // the lock's own statement they would not.
    const [, , , [{ state }]] = await Promise.all([
      statement(tx, "comment_notify_after_commit", sql`set_config('blattwerk.notify_after_commit', 'on', true)`),
      statement(tx, "comment_user_lock", sql`pg_advisory_xact_lock(hashtextextended(${`comment:${user.id}`}, 0))`),
      statement(
        tx,
        "comment_address_lock",
        sql`pg_advisory_xact_lock(hashtextextended(${`comment-address:${address}`}, 0))`,
        sql`${address}::text is not null
          and coalesce(((select value from settings where key = ${MODERATION_SETTINGS_KEY}) ->> 'floodIntervalSeconds')::int, 15) > 0`,
      ),
      tx
        .select({ state: sql<PostingState>`to_jsonb(s)` })
        .from(sql`(${postingState(user.id, input, body, address)}) as s`)
        .prepare("comment_posting_state")
        .execute(),
    ]);

    if (state.existing_id !== null) {
      // A retry sends the same text. Other text under a used key comes from a form that was
      // not reloaded: storing nothing and saying "saved" would lose it, so ask for a reload.
      if (state.existing_body !== body) throw refused("stale_form");
      const replayed = {
        id: state.existing_id,
        articleId: state.existing_article_id!,
        status: state.existing_status!,
        replayed: true,
      };
      return replayed;
    }

    const settings = parseModerationSettings(state.settings);
    if (state.article_id === null) throw refused("article_not_found");
    const article = {
      id: state.article_id,
      authorId: state.article_author_id,
      commentsOpen: state.comments_open!,
      publishedAt: state.published_at_ms === null ? null : new Date(state.published_at_ms),
    };
    if (!commentsAreOpen(article, settings)) throw refused("comments_closed");

    const parentId = input.parentId === null ? null : resolveParent(state, article.id);

    const trusted = user.role === "admin" || article.authorId === user.id;
    // Unconfirmed address: the first comment is kept, invisible to readers and moderators, until
    // the address is confirmed (then the same rules decide); more wait for that first.
    if (!state.confirmed && state.unconfirmed_waiting) throw refused("unconfirmed_waiting");
    const floodLimit = floodLimited(user.role) && settings.floodIntervalSeconds > 0;
    if (floodLimit) {
      const age = state.last_comment_age;
      if (age !== null && age < settings.floodIntervalSeconds)
        throw refused("too_fast", { seconds: Math.max(1, Math.ceil(settings.floodIntervalSeconds - age)) });
      if (state.address_wait !== null)
        throw refused("address_too_fast", { seconds: Math.max(1, Math.ceil(state.address_wait)) });
    }
    if (state.duplicate) throw refused("duplicate");

    const status: CommentStatus = state.confirmed
      ? decideCommentStatus({ body, trusted, hasApprovedComment: state.approved_before }, settings)
      : "unconfirmed";
    const returned = { id: comments.id, articleId: comments.articleId, status: comments.status };
    const [[inserted]] = await Promise.all([
      tx
        .insert(comments)
        .values({
          articleId: article.id,
          parentId,
          authorId: user.id,
          body,
          status,
          idempotencyKey: input.idempotencyKey,
          notifyReplies: input.notifyReplies ?? false,
        })
        .onConflictDoNothing({ target: [comments.authorId, comments.idempotencyKey] })
        .returning(returned),
      // The address's count lives with the sign-in limits' (server/accounts/rate-limit.ts prunes it).
      floodLimit && address !== null
        ? tx.insert(authAttempts).values({ kind: "comment_address", subject: address })
        : null,
    ]);
    if (inserted) return { ...inserted, replayed: false };
    // Unreachable while the advisory lock holds, but a conflict must still never look like a loss.
    const [existing] = await tx
      .select(returned)
      .from(comments)
      .where(and(eq(comments.authorId, user.id), eq(comments.idempotencyKey, input.idempotencyKey)));
    return { ...existing, replayed: true };
  });
  // Committed: only a comment stored by this call publishes, and it is stored whatever happens
  // to the notification, so a failure is logged and the answer stays "saved".
  if (!stored.replayed) {
    const payloads = JSON.stringify(purgePayloads(commentKeys(user.id, stored.articleId, stored.status)));
    await db
      .select({ sent: sql`set_config('synchronous_commit', 'off', true), pg_notify(${PURGE_CHANNEL}, payload)` })
      .from(sql`jsonb_array_elements_text(${payloads}::jsonb) as payload`)
      .prepare("comment_notify")
      .execute()
      .catch((error: unknown) => logError("comment-writes notify", error));
  }
  return stored;
}

export type Statements = Pick<typeof db, "select">;

/**
 * A one-row statement as a named prepared one: postgres.js sends an unprepared statement with
 * parameters only after a Describe round trip of its own, which also stops the pipelining.
 */
export function statement(tx: Statements, name: string, expression: SQL, where?: SQL) {
  return tx
    .select({ value: expression })
    .from(sql`(select) as one`)
    .where(where)
    .prepare(name)
    .execute();
}

/** What postComment needs to know, read in one statement after the locks (see storeComment). */
function postingState(userId: string, input: NewCommentInput, body: string, address: string | null) {
  const window = `${COMMENTS_PER_ADDRESS.windowSeconds} seconds`;
  return sql`
    with recursive chain as (
      select id, parent_id, article_id, status, 1 as up from comments where id = ${input.parentId}
      union all
      select c.id, c.parent_id, c.article_id, c.status, chain.up + 1 from comments c join chain on c.id = chain.parent_id
      where chain.up < ${MAX_THREAD_DEPTH + 1}
    )
    select
      (select value from settings where key = ${MODERATION_SETTINGS_KEY}) as settings,
      e.id as existing_id, e.article_id as existing_article_id, e.status as existing_status, e.body as existing_body,
      a.id as article_id, a.author_id as article_author_id, a.comments_open,
      (extract(epoch from a.published_at) * 1000)::float8 as published_at_ms,
      p.id as parent_id, p.article_id as parent_article_id, p.status as parent_status, p.parent_id as parent_parent_id,
      (select count(*)::int from chain) as parent_depth,
      (select extract(epoch from now() - c.created_at)::float8 from comments c
        where c.author_id = ${userId} order by c.created_at desc limit 1) as last_comment_age,
      exists(select 1 from comments c where c.author_id = ${userId} and c.article_id = a.id and c.body = ${body} and c.deleted_at is null) as duplicate,
      exists(select 1 from comments c where c.author_id = ${userId} and c.status = 'approved') as approved_before,
      exists(select 1 from users u where u.id = ${userId} and u.email_verified is not null) as confirmed,
      exists(select 1 from comments c where c.author_id = ${userId} and c.status = 'unconfirmed' and c.deleted_at is null) as unconfirmed_waiting,
      (select extract(epoch from w.created_at + ${window}::interval - now())::float8
        from auth_attempts w where w.kind = 'comment_address' and w.subject = ${address}
          and w.created_at > now() - ${window}::interval
        order by w.created_at desc offset ${COMMENTS_PER_ADDRESS.max - 1} limit 1) as address_wait
    from (select) as one
    left join comments e on e.author_id = ${userId} and e.idempotency_key = ${input.idempotencyKey}
    -- db/schema/articles.ts isPubliclyVisible, spelt out in SQL
    left join articles a on a.id = ${input.articleId} and a.status in ('published', 'scheduled') and a.published_at <= now()
    left join chain p on p.up = 1`;
}

/** What a new comment changes: the thread readers see once it is approved; always the queues and the commenter's own pages. */
function commentKeys(authorId: string, articleId: number, status: CommentStatus): string[] {
  const keys = [cacheKey.moderation, cacheKey.user(authorId)];
  if (status === "approved") keys.push(cacheKey.comments(articleId));
  return keys;
}

/** The comment a reply attaches to: the parent itself, or its parent when the parent is at the deepest level. */
function resolveParent(state: PostingState, articleId: number): number {
  if (state.parent_id === null || state.parent_article_id !== articleId || state.parent_status !== "approved")
    throw refused("parent_invalid");
  if (state.parent_depth < MAX_THREAD_DEPTH) return state.parent_id;
  return state.parent_parent_id ?? state.parent_id;
}
