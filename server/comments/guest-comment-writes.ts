import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { authAttempts, comments, type CommentStatus } from "@/db/schema";
import { cacheKey, PURGE_CHANNEL, purgePayloads } from "@/lib/cache-keys";
import { validateCommentBody, type GuestIdentity } from "@/lib/comment-validation";
import { GUEST_MIN_FILL_SECONDS } from "@/lib/limits";
import { getMailSettings } from "@/lib/site";
import { COMMENTS_PER_ADDRESS, commentsAreOpen, decideCommentStatus, MAX_THREAD_DEPTH } from "./comment-rules";
import { refused, statement, type PostedComment } from "./comment-writes";
import { formAgeSeconds, signEmailConfirmation } from "./guest-tokens";
import { logError } from "@/server/http/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { siteUrlOf } from "@/server/mail/enrich";
import { MODERATION_SETTINGS_KEY, parseModerationSettings } from "@/server/site/settings";

// Comments from guests (no account): WordPress's rules, race-free. A guest is known by her
// email address only, so everything signed-in comments key on the user id keys on the address
// here: the advisory lock, the idempotency key, the flood interval, duplicates and "approved
// before". The client address gets its own lock and cap, as for signed-in comments.

export type NewGuestCommentInput = {
  articleId: number;
  parentId: number | null;
  body: string;
  /** From the form; every reader of a cached page has the same one (see storedKey). */
  idempotencyKey: string;
  guest: GuestIdentity;
  address: string;
  /** The honeypot field: empty from a person. */
  trap: string;
  /** The form's signed render time (guest-tokens.ts signFormTime). */
  formTime: string;
};

type GuestState = {
  settings: unknown;
  existing_id: number | null;
  existing_article_id: number | null;
  existing_status: CommentStatus | null;
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
  address_duplicate: boolean;
  approved_before: boolean;
  confirmed: boolean;
  address_wait: number | null;
};

/** Kept a day (server/accounts/rate-limit.ts prunes attempts after 24 h): one text per address and article. */
const ADDRESS_BODY_KIND = "comment_address_body";

/**
 * The cached form's key is shared by all its readers, and one reader may post several texts
 * from it: the stored key adds the text's hash, so a retry of the same text is one comment and
 * a new text a new one. Keys are unique per email address (comments_guest_idempotency_idx).
 */
const storedKey = (key: string, body: string) =>
  `${key}.${createHash("sha256").update(body).digest("base64url").slice(0, 16)}`;

const bodyFingerprint = (address: string, articleId: number, body: string) =>
  `${address} ${createHash("sha256").update(`${articleId}\n${body}`).digest("base64url")}`;

/** Honeypot and minimum fill time: simple bots fill every field and post at once. */
function checkHuman(input: NewGuestCommentInput): void {
  if (input.trap.trim() !== "") throw refused("rejected");
  const age = formAgeSeconds(input.formTime);
  if (age === null) throw refused("form_expired");
  if (age < GUEST_MIN_FILL_SECONDS) throw refused("too_quick");
}

export async function postGuestComment(input: NewGuestCommentInput): Promise<PostedComment> {
  checkHuman(input);
  const checked = validateCommentBody(input.body);
  if (!checked.ok) throw refused(checked.error);
  const body = checked.body;
  const email = input.guest.email;
  const key = storedKey(input.idempotencyKey, body);
  const fingerprint = bodyFingerprint(input.address, input.articleId, body);
  const mail = getMailSettings() !== null;

  const stored = await db.transaction(async (tx) => {
    // The email's lock, then the address's (always this order: no deadlock); the checks
    // after them see what an earlier post of the same guest or address committed meanwhile.
    const [, , , [{ state }]] = await Promise.all([
      statement(tx, "comment_notify_after_commit", sql`set_config('blattwerk.notify_after_commit', 'on', true)`),
      statement(tx, "guest_email_lock", sql`pg_advisory_xact_lock(hashtextextended(${`comment-guest:${email}`}, 0))`),
      statement(
        tx,
        "guest_address_lock",
        sql`pg_advisory_xact_lock(hashtextextended(${`comment-address:${input.address}`}, 0))`,
      ),
      tx
        .select({ state: sql<GuestState>`to_jsonb(s)` })
        .from(sql`(${guestState(input, email, key, body, fingerprint)}) as s`)
        .prepare("guest_comment_state")
        .execute(),
    ]);
    if (state.existing_id !== null)
      return {
        id: state.existing_id,
        articleId: state.existing_article_id!,
        status: state.existing_status!,
        replayed: true,
      };

    const settings = parseModerationSettings(state.settings);
    if (!settings.allowGuestComments) throw refused("guest_disabled");
    if (state.article_id === null) throw refused("article_not_found");
    const article = {
      commentsOpen: state.comments_open!,
      publishedAt: state.published_at_ms === null ? null : new Date(state.published_at_ms),
    };
    if (!commentsAreOpen(article, settings)) throw refused("comments_closed");
    const parentId = input.parentId === null ? null : guestParent(state);

    const floodLimit = settings.floodIntervalSeconds > 0;
    if (floodLimit) {
      const age = state.last_comment_age;
      if (age !== null && age < settings.floodIntervalSeconds)
        throw refused("email_too_fast", { seconds: Math.max(1, Math.ceil(settings.floodIntervalSeconds - age)) });
      if (state.address_wait !== null)
        throw refused("address_too_fast", { seconds: Math.max(1, Math.ceil(state.address_wait)) });
    }
    if (state.duplicate || state.address_duplicate) throw refused("duplicate");

    // With mail, an address counts as known only once its owner confirmed it by the link:
    // otherwise anyone could post as a regular by typing her address.
    const known = state.approved_before && (!mail || state.confirmed);
    const status = decideCommentStatus(
      {
        body,
        trusted: false,
        hasApprovedComment: known,
        identity: [input.guest.name, email, input.guest.url ?? "", input.address],
      },
      // A guest is always held until one of her comments was approved, whatever the setting for accounts.
      { ...settings, holdFirstComment: true },
    );
    const [[inserted]] = await Promise.all([
      tx
        .insert(comments)
        .values({
          articleId: state.article_id,
          parentId,
          authorId: null,
          guestName: input.guest.name,
          guestEmail: email,
          guestUrl: input.guest.url,
          body,
          status,
          idempotencyKey: key,
        })
        .returning({ id: comments.id, articleId: comments.articleId, status: comments.status }),
      tx
        .insert(authAttempts)
        .values([
          { kind: ADDRESS_BODY_KIND, subject: fingerprint },
          ...(floodLimit ? [{ kind: "comment_address", subject: input.address }] : []),
        ]),
      mail && !state.confirmed
        ? enqueueMail(tx, {
            kind: "guest-confirm",
            // At most one confirmation mail a day per address: posting under someone's address cannot flood her inbox.
            eventKey: `guest-confirm:${new Date().toISOString().slice(0, 10)}`,
            to: email,
            data: { url: siteUrlOf(`/comments/confirm?${signEmailConfirmation(email)}`) },
          })
        : null,
    ]);
    return { ...inserted, replayed: false };
  });
  if (!stored.replayed) await publish(stored.articleId, stored.status);
  return stored;
}

/** After the commit, as for signed-in comments (comment-writes.ts storeComment says why). */
async function publish(articleId: number, status: CommentStatus): Promise<void> {
  const keys = [cacheKey.moderation, ...(status === "approved" ? [cacheKey.comments(articleId)] : [])];
  const payloads = JSON.stringify(purgePayloads(keys));
  await db
    .select({ sent: sql`set_config('synchronous_commit', 'off', true), pg_notify(${PURGE_CHANNEL}, payload)` })
    .from(sql`jsonb_array_elements_text(${payloads}::jsonb) as payload`)
    .prepare("guest_comment_notify")
    .execute()
    .catch((error: unknown) => logError("guest-comment-writes notify", error));
}

function guestParent(state: GuestState): number {
  if (state.parent_id === null || state.parent_article_id !== state.article_id || state.parent_status !== "approved")
    throw refused("parent_invalid");
  if (state.parent_depth < MAX_THREAD_DEPTH) return state.parent_id;
  return state.parent_parent_id ?? state.parent_id;
}

function guestState(input: NewGuestCommentInput, email: string, key: string, body: string, fingerprint: string) {
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
      e.id as existing_id, e.article_id as existing_article_id, e.status as existing_status,
      a.id as article_id, a.author_id as article_author_id, a.comments_open,
      (extract(epoch from a.published_at) * 1000)::float8 as published_at_ms,
      p.id as parent_id, p.article_id as parent_article_id, p.status as parent_status, p.parent_id as parent_parent_id,
      (select count(*)::int from chain) as parent_depth,
      (select extract(epoch from now() - c.created_at)::float8 from comments c
        where c.guest_email = ${email} and c.author_id is null order by c.created_at desc limit 1) as last_comment_age,
      exists(select 1 from comments c where c.guest_email = ${email} and c.author_id is null
        and c.article_id = a.id and c.body = ${body} and c.deleted_at is null) as duplicate,
      exists(select 1 from auth_attempts w where w.kind = ${ADDRESS_BODY_KIND} and w.subject = ${fingerprint}
        and w.created_at > now() - interval '1 day') as address_duplicate,
      exists(select 1 from comments c where c.guest_email = ${email} and c.author_id is null and c.status = 'approved') as approved_before,
      exists(select 1 from guest_emails g where g.email = ${email}) as confirmed,
      (select extract(epoch from w.created_at + ${window}::interval - now())::float8
        from auth_attempts w where w.kind = 'comment_address' and w.subject = ${input.address}
          and w.created_at > now() - ${window}::interval
        order by w.created_at desc offset ${COMMENTS_PER_ADDRESS.max - 1} limit 1) as address_wait
    from (select) as one
    left join comments e on e.guest_email = ${email} and e.author_id is null and e.idempotency_key = ${key}
    -- db/schema/articles.ts isPubliclyVisible, spelt out in SQL
    left join articles a on a.id = ${input.articleId} and a.status in ('published', 'scheduled') and a.published_at <= now()
    left join chain p on p.up = 1`;
}
