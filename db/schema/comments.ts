import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";
import { articles } from "./articles";

// "unconfirmed": kept until its author confirms her email address (server/accounts/email-confirmation.ts),
// then published or held by the normal rules; readers and the moderation queue never see it.
export const commentStatusEnum = pgEnum("comment_status", ["pending", "approved", "spam", "trash", "unconfirmed"]);

export type CommentStatus = (typeof commentStatusEnum.enumValues)[number];

export const comments = pgTable(
  "comments",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "set null" }),
    // Null once the commenter deleted their account and chose to keep their comments, and for
    // guests (imported from WordPress), who have a guest_name instead.
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    guestName: text("guest_name"),
    // Kept for moderation only; never shown to readers.
    guestEmail: text("guest_email"),
    guestUrl: text("guest_url"),
    wpId: bigint("wp_id", { mode: "number" }).unique(),
    body: text("body").notNull(),
    status: commentStatusEnum("status").notNull().default("pending"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true, mode: "date" }),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
    idempotencyKey: text("idempotency_key"),
    // The author asked to be told of replies (db/migrations/0010: the reply trigger reads it).
    notifyReplies: boolean("notify_replies").notNull().default(false),
    // Kept with each like in the same transaction (server/comments/comment-reactions.ts), so
    // "most liked first" sorts over a column instead of counting likes per view.
    likeCount: integer("like_count").notNull().default(0),
  },
  (t) => [
    uniqueIndex("comments_author_idempotency_idx").on(t.authorId, t.idempotencyKey),
    // Guests (author_id null) have their keys per email address, stored lower-case.
    uniqueIndex("comments_guest_idempotency_idx").on(t.guestEmail, t.idempotencyKey),
    // The guest rules' lookups by address: the last comment (flood), an approved one, duplicates.
    index("comments_guest_email_created_idx").on(t.guestEmail, t.createdAt.desc().nullsFirst()),
    index("comments_article_status_created_idx").on(t.articleId, t.status, t.createdAt, t.id),
    index("comments_status_created_idx").on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("comments_author_created_idx").on(t.authorId, t.createdAt.desc().nullsFirst()),
    // "How many comments of this commenter were approved": counted per row of the moderation queue.
    index("comments_author_status_idx").on(t.authorId, t.status),
    index("comments_parent_idx").on(t.parentId),
  ],
);

// Comments per status, kept by triggers (migration 0006), so that the admin's moderation tabs
// need not count a million rows on every view. Spread over 16 shards: concurrent writers add
// to different rows instead of queueing for one; a total is the sum of 16 rows.
export const commentStatusCounts = pgTable(
  "comment_status_counts",
  {
    status: commentStatusEnum("status").notNull(),
    shard: smallint("shard").notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.shard] })],
);

// The site's activity log (server/activity/activity-log.ts writes every row, in the transaction
// of the change): comment moderation, which the per-comment history reads by comment_id, and
// who published, trashed or deleted articles and pages, banned users, changed roles or settings.
// `subject_*` name what was acted on as it was then (a deleted article keeps its title here).
export const moderationEvents = pgTable(
  "moderation_events",
  {
    id: serial("id").primaryKey(),
    commentId: integer("comment_id").references(() => comments.id, { onDelete: "set null" }),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    fromStatus: commentStatusEnum("from_status"),
    toStatus: commentStatusEnum("to_status"),
    oldBody: text("old_body"),
    note: text("note"),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    subjectLabel: text("subject_label"),
    createdAt: createdAt(),
  },
  (t) => [
    index("moderation_events_comment_idx").on(t.commentId, t.createdAt),
    // The activity log pages newest first by id, all of it or one person's or one action's.
    index("moderation_events_actor_idx").on(t.actorId, t.id.desc()),
    index("moderation_events_action_idx").on(t.action, t.id.desc()),
  ],
);

// Guest addresses confirmed by the link mailed on their first comment (only when mail is
// configured): only then does an earlier approved comment let a guest's next one through.
export const guestEmails = pgTable("guest_emails", {
  email: text("email").primaryKey(),
  confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export const REPORT_REASONS = ["spam", "abuse", "off_topic", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

// A reader's report ("Melden"). One per reporter and comment (the unique index makes a second
// one fail in the database, whatever races): `reporter` is "user:<id>" for signed-in readers,
// "address:<ip>" for anonymous ones (and for guests, whose comments may have no account).
export const commentReports = pgTable(
  "comment_reports",
  {
    id: serial("id").primaryKey(),
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    reporter: text("reporter").notNull(),
    reporterId: text("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason", { enum: REPORT_REASONS }).notNull(),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("comment_reports_comment_reporter_idx").on(t.commentId, t.reporter)],
);

// Likes by signed-in readers: at most one per reader and comment (the primary key).
export const commentLikes = pgTable(
  "comment_likes",
  {
    commentId: integer("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), index("comment_likes_user_idx").on(t.userId)],
);

export type Comment = typeof comments.$inferSelect;
export type CommentReport = typeof commentReports.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
export type ModerationEvent = typeof moderationEvents.$inferSelect;
