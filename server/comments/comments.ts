import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { CommentOrder } from "@/lib/comment-order";
import { COMMENT_THREADS_PER_PAGE } from "@/lib/pagination";
import { avatarFor, emailHash, getAvatarSettings, type Avatar, type AvatarSettings } from "@/server/site/avatars";

// The comment thread of an article as one reader sees it: approved comments, plus the
// reader's own comments that wait for moderation (shown only to them). Spam and trash never
// leave here. A comment its author deleted stays as a placeholder while replies hang on it.

export type CommentNode = {
  id: number;
  parentId: number | null;
  /** Null when the commenter's account is gone (authorDeleted) or has no name; a guest's name. */
  authorName: string | null;
  /** A guest's website (imported WordPress comments): linked from the name, never followed. */
  authorUrl: string | null;
  authorDeleted: boolean;
  /** Photo, Gravatar or identicon (server/site/avatars.ts); never the email itself. */
  avatar: Avatar;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  /** Waiting for moderation: only ever present for the viewer's own comments. */
  pending: boolean;
  /** Kept until the viewer confirms her email address (pending too). */
  unconfirmed: boolean;
  /** Deleted by its author: shown as removed, text withheld. */
  removed: boolean;
  ownedByViewer: boolean;
  likeCount: number;
  /** The viewer likes it (always false for anonymous viewers). */
  likedByViewer: boolean;
  replies: CommentNode[];
};

export type CommentThreadPage = {
  threads: CommentNode[];
  page: number;
  pageCount: number;
  threadCount: number;
};

// Guards the recursion against a (corrupt) parent cycle; far deeper than any real thread.
const MAX_DEPTH = 100;

// A thread starts at a shown comment without a shown parent: a reply whose parent was
// rejected or deleted is promoted to a thread of its own instead of vanishing with it.
/** Who is looking: a signed-in user's id, or a guest's held comment (her link, guest-tokens.ts); null for anyone else. */
export type CommentViewer = string | { guestCommentId: number } | null;

const isShown = (alias: string, viewer: CommentViewer) =>
  viewer === null
    ? sql`${sql.raw(alias)}.status = 'approved'`
    : typeof viewer === "string"
      ? sql`(${sql.raw(alias)}.status = 'approved' or (${sql.raw(alias)}.status in ('pending', 'unconfirmed') and ${sql.raw(alias)}.author_id = ${viewer}))`
      : sql`(${sql.raw(alias)}.status = 'approved' or (${sql.raw(alias)}.status = 'pending' and ${sql.raw(alias)}.id = ${viewer.guestCommentId}))`;

const isThreadRoot = (articleId: number, viewerId: CommentViewer) => sql`
  c.article_id = ${articleId} and ${isShown("c", viewerId)}
  and (c.parent_id is null or not exists (
    select 1 from comments p where p.id = c.parent_id and ${isShown("p", viewerId)}
  ))`;

type CommentRow = {
  id: number;
  parent_id: number | null;
  body: string;
  author_name: string | null;
  author_url: string | null;
  author_deleted: boolean;
  /** Only turned into the avatar here: neither leaves this module. */
  author_email: string | null;
  author_image: string | null;
  pending: boolean;
  /** Kept until the commenter confirms her address (shown to her alone, like a pending one). */
  unconfirmed: boolean;
  removed: boolean;
  owned: boolean;
  created_ms: number;
  edited_ms: number | null;
  like_count: number;
  liked: boolean;
};

// Thread roots by the reader's choice; replies stay oldest first under their parent.
const ROOT_ORDER: Record<CommentOrder, ReturnType<typeof sql.raw>> = {
  oldest: sql.raw("c.created_at, c.id"),
  newest: sql.raw("c.created_at desc, c.id desc"),
  likes: sql.raw("c.like_count desc, c.created_at, c.id"),
};

/**
 * Page `page` (1-based) of an article's threads in `order` (oldest first unless chosen), COMMENT_THREADS_PER_PAGE
 * threads a page with all their replies nested. One round trip: a recursive query for the
 * page's threads and replies (no query per comment), joined to the count of all threads, so
 * a page past the last still says how many there are.
 */
export async function listComments(
  articleId: number,
  page: number,
  viewer: CommentViewer,
  order: CommentOrder = "oldest",
): Promise<CommentThreadPage> {
  const viewerId = typeof viewer === "string" ? viewer : null;
  const offset = (page - 1) * COMMENT_THREADS_PER_PAGE;
  // Timestamps travel as epoch milliseconds: raw rows bypass drizzle's column mapping.
  const query = db.execute<CommentRow & { thread_count: number }>(sql`
    with recursive roots as (
      select c.id from comments c
      where ${isThreadRoot(articleId, viewer)}
      order by ${ROOT_ORDER[order]}
      limit ${COMMENT_THREADS_PER_PAGE} offset ${offset}
    ), thread as (
      select c.id, c.parent_id, c.author_id, c.guest_name, c.guest_email, c.guest_url, c.body, c.status, c.deleted_at, c.created_at, c.edited_at, c.like_count, 0 as depth
      from comments c inner join roots r on r.id = c.id
      union all
      select c.id, c.parent_id, c.author_id, c.guest_name, c.guest_email, c.guest_url, c.body, c.status, c.deleted_at, c.created_at, c.edited_at, c.like_count, t.depth + 1
      from comments c inner join thread t on c.parent_id = t.id
      where c.article_id = ${articleId} and ${isShown("c", viewer)}
        and t.depth < ${MAX_DEPTH}
    ), total as (
      select count(*)::int as n from comments c where ${isThreadRoot(articleId, viewer)}
    )
    select total.n as thread_count, t.id, t.parent_id, case when t.deleted_at is null then t.body else '' end as body,
      coalesce(u.name, t.guest_name) as author_name, case when t.author_id is null then t.guest_url end as author_url,
      (t.author_id is null and t.guest_name is null) as author_deleted,
      coalesce(u.email, t.guest_email) as author_email, u.image as author_image,
      t.status in ('pending', 'unconfirmed') as pending, t.status = 'unconfirmed' as unconfirmed, t.deleted_at is not null as removed,
      coalesce(t.author_id = ${viewerId}, false) as owned,
      (extract(epoch from t.created_at) * 1000)::float8 as created_ms,
      (extract(epoch from t.edited_at) * 1000)::float8 as edited_ms,
      t.like_count,
      ${viewerId === null ? sql`false` : sql`exists (select 1 from comment_likes l where l.comment_id = t.id and l.user_id = ${viewerId})`} as liked
    from total left join (thread t left join users u on u.id = t.author_id) on true
    order by t.created_at, t.id`);
  const [rows, avatarSettings] = await Promise.all([query, getAvatarSettings()]);
  const all = Array.from(rows);
  const threadCount = all[0]?.thread_count ?? 0;
  return {
    // Without threads on the page the one row is the count's, with a null comment.
    threads: sortThreads(
      buildTree(
        all.filter((row) => row.id !== null),
        avatarSettings,
      ),
      order,
    ),
    page,
    pageCount: Math.max(1, Math.ceil(threadCount / COMMENT_THREADS_PER_PAGE)),
    threadCount,
  };
}

/** Rows ordered oldest first → roots with replies nested under their parents, oldest first. */
function buildTree(rows: CommentRow[], avatars: AvatarSettings): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  for (const row of rows) {
    const avatar = avatarFor(
      {
        name: (row.author_deleted ? null : row.author_name) ?? `#${row.id}`,
        emailHash: row.author_deleted ? null : emailHash(row.author_email),
        photo: row.author_image,
      },
      avatars,
    );
    nodes.set(row.id, {
      id: row.id,
      parentId: row.parent_id,
      authorName: row.author_deleted ? null : row.author_name,
      authorUrl: row.author_url,
      authorDeleted: row.author_deleted,
      avatar,
      body: row.body,
      createdAt: new Date(row.created_ms),
      editedAt: row.edited_ms === null ? null : new Date(row.edited_ms),
      pending: row.pending,
      unconfirmed: row.unconfirmed,
      removed: row.removed,
      ownedByViewer: row.owned,
      likeCount: row.like_count,
      likedByViewer: row.liked,
      replies: [],
    });
  }
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  // A removed comment without replies has nothing left to show.
  const prune = (list: CommentNode[]): CommentNode[] =>
    list.filter((n) => {
      n.replies = prune(n.replies);
      return !n.removed || n.replies.length > 0;
    });
  return prune(roots);
}

/** The page's threads in the order the roots were chosen by (the rows come oldest first, for nesting). */
function sortThreads(threads: CommentNode[], order: CommentOrder): CommentNode[] {
  if (order === "oldest") return threads;
  const byAge = (a: CommentNode, b: CommentNode) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
  return threads.sort(order === "newest" ? (a, b) => byAge(b, a) : (a, b) => b.likeCount - a.likeCount || byAge(a, b));
}

/** The page (1-based) of the thread that holds a comment, for redirects to its anchor. */
export async function findCommentPage(articleId: number, commentId: number, viewerId: string | null): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`
    with recursive up as (
      select id, parent_id, 0 as hops from comments where id = ${commentId}
      union all
      select c.id, c.parent_id, up.hops + 1 from comments c join up on c.id = up.parent_id where up.hops < ${MAX_DEPTH}
    ), root as (select id from up order by hops desc limit 1)
    select count(*)::int as n from comments c, root r, comments rc
    where rc.id = r.id and ${isThreadRoot(articleId, viewerId)}
      and (c.created_at, c.id) < (rc.created_at, rc.id)`);
  return Math.floor((rows[0]?.n ?? 0) / COMMENT_THREADS_PER_PAGE) + 1;
}
