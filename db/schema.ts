import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["reader", "author", "admin"]);
// "trash": removed by its author or an admin; readers get 410 Gone, comments are kept until
// an admin deletes it for good (server/articles/article-trash.ts).
export const articleStatusEnum = pgEnum("article_status", ["draft", "published", "scheduled", "trash"]);
export const commentStatusEnum = pgEnum("comment_status", ["pending", "approved", "spam", "trash"]);
export const sponsorPositionEnum = pgEnum("sponsor_position", ["header", "sidebar", "below_article"]);

export type Role = (typeof roleEnum.enumValues)[number];
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];
export type CommentStatus = (typeof commentStatusEnum.enumValues)[number];
export type SponsorPosition = (typeof sponsorPositionEnum.enumValues)[number];

// drizzle has no built-in tsvector column type.
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

// Column names and types of users/accounts/sessions/verification_tokens follow what
// @auth/drizzle-adapter expects; the extra columns are ours.
export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: timestamp("email_verified", { mode: "date" }),
    image: text("image"),
    slug: text("slug").unique(),
    bio: text("bio"),
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull().default("reader"),
    bannedAt: timestamp("banned_at", { withTimezone: true, mode: "date" }),
    banReason: text("ban_reason"),
    // Bumped on sign-out and password change: JWTs carrying an older version are rejected.
    sessionVersion: integer("session_version").notNull().default(0),
    // WordPress user id of an imported account (server/wordpress-import): re-imports find it.
    wpId: bigint("wp_id", { mode: "number" }).unique(),
    // Mail preferences (server/mail): the default of a new comment's "notify me of replies", and
    // alerts for comments waiting for moderation: 'off', 'instant' or 'daily'.
    notifyRepliesDefault: boolean("notify_replies_default").notNull().default(false),
    moderationAlerts: text("moderation_alerts").notNull().default("off"),
    // Admins only: alerts for every article, not just their own.
    moderationAlertsAll: boolean("moderation_alerts_all").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("users_role_idx").on(t.role)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  position: integer("position").notNull().default(0),
  // WordPress categories nest; the reader pages show them flat for now.
  parentId: integer("parent_id").references((): AnyPgColumn => categories.id, { onDelete: "set null" }),
  wpId: bigint("wp_id", { mode: "number" }).unique(),
});

export const tags = pgTable("tags", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  wpId: bigint("wp_id", { mode: "number" }).unique(),
});

export const articles = pgTable(
  "articles",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    body: text("body").notNull().default(""),
    status: articleStatusEnum("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    commentsOpen: boolean("comments_open").notNull().default(true),
    coverImage: text("cover_image"),
    // WordPress's "stick to the front page"; kept from imports, not yet shown differently.
    sticky: boolean("sticky").notNull().default(false),
    // WordPress post id of an imported article: a second import updates it instead of copying it.
    wpId: bigint("wp_id", { mode: "number" }).unique(),
    // Who saved the current version (null: never saved in the editor, i.e. the author).
    updatedBy: text("updated_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
    // Full-text search (server/discovery/search.ts): title ranks above excerpt above body. The
    // two-argument to_tsvector is immutable, which a stored generated column requires.
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(excerpt, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '')), 'C')`,
    ),
  },
  (t) => [
    index("articles_search_idx").using("gin", t.searchVector),
    // DESC NULLS FIRST is what a plain "order by x desc" means: only then can the planner read
    // the index in query order (drizzle defaults index DESC columns to NULLS LAST).
    // Reader pages list "visible" articles (published, or scheduled with a past date) newest
    // first. Partial indexes on that status set let PostgreSQL read them in date order and stop
    // after one page; an index led by status would have to merge two ranges and sort.
    index("articles_visible_published_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    // Sticky articles open the home page: few, so a small partial index finds them directly.
    index("articles_visible_sticky_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`sticky and status in ('published', 'scheduled')`),
    index("articles_visible_category_idx")
      .on(t.categoryId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    index("articles_visible_author_idx")
      .on(t.authorId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`status in ('published', 'scheduled')`),
    // The dashboard's article list: an author's articles in every status.
    index("articles_author_published_idx").on(
      t.authorId,
      t.status,
      t.publishedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
  ],
);

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId, t.articleId)],
);

// The state of an article before each save: who saved over it and when. Restoring one is
// itself a save, so it is undoable.
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    excerpt: text("excerpt").notNull(),
    body: text("body").notNull(),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "set null" }),
    // Tag names as they were: a later rename or delete of a tag must not rewrite history.
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    coverImage: text("cover_image"),
    commentsOpen: boolean("comments_open").notNull(),
    savedBy: text("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    index("article_revisions_article_idx").on(t.articleId, t.savedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

// Every slug an article had: /posts/<old> answers with a permanent redirect to its current slug.
export const articleSlugRedirects = pgTable(
  "article_slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("article_slug_redirects_article_idx").on(t.articleId)],
);

export const taxonomyKindEnum = pgEnum("taxonomy_kind", ["category", "tag"]);
export type TaxonomyKind = (typeof taxonomyKindEnum.enumValues)[number];

// The same for /category/<old> and /tag/<old>; target_id is a categories or tags id (by kind),
// deleted with it by server/articles/taxonomy.ts.
export const taxonomySlugRedirects = pgTable(
  "taxonomy_slug_redirects",
  {
    kind: taxonomyKindEnum("kind").notNull(),
    oldSlug: text("old_slug").notNull(),
    targetId: integer("target_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.oldSlug] }),
    index("taxonomy_slug_redirects_target_idx").on(t.kind, t.targetId),
  ],
);

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
  },
  (t) => [
    uniqueIndex("comments_author_idempotency_idx").on(t.authorId, t.idempotencyKey),
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
    createdAt: createdAt(),
  },
  (t) => [index("moderation_events_comment_idx").on(t.commentId, t.createdAt)],
);

export const sponsors = pgTable(
  "sponsors",
  {
    id: serial("id").primaryKey(),
    title: text("title").notNull(),
    text: text("text").notNull().default(""),
    url: text("url").notNull(),
    imageUrl: text("image_url"),
    position: sponsorPositionEnum("position").notNull(),
    activeFrom: timestamp("active_from", { withTimezone: true, mode: "date" }),
    activeTo: timestamp("active_to", { withTimezone: true, mode: "date" }),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [index("sponsors_position_idx").on(t.position, t.sortOrder)],
);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

// Failed sign-ins and sign-ups, counted per account and per client address.
export const authAttempts = pgTable(
  "auth_attempts",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("auth_attempts_lookup_idx").on(t.kind, t.subject, t.createdAt)],
);

// Old WordPress addresses ("/<post>/", "/?p=12", "/category/<slug>/") → their new path,
// answered with 301 by app/(site)/[...legacy]. Paths are stored without a trailing slash.
export const legacyRedirects = pgTable("legacy_redirects", {
  path: text("path").primaryKey(),
  target: text("target").notNull(),
  createdAt: createdAt(),
});

// Uploaded images (each width a row, content-hashed names): in the database every app instance
// reaches, and backed up with it.
export const media = pgTable("media", {
  name: text("name").primaryKey(),
  contentType: text("content_type").notNull(),
  data: bytea("data").notNull(),
  createdAt: createdAt(),
});

// The outcome of every WordPress import (counts and reasons per item), kept for the dashboard.
export const importReports = pgTable(
  "import_reports",
  {
    id: serial("id").primaryKey(),
    source: text("source").notNull(),
    dryRun: boolean("dry_run").notNull(),
    report: jsonb("report").notNull(),
    startedBy: text("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    // Runs started from the dashboard (server/wordpress-import/jobs.ts) are written while they
    // run: status, progress in posts and a heartbeat; a run whose process died goes stale.
    status: text("status").$type<ImportStatus>().notNull().default("done"),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total").notNull().default(0),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    errorKey: text("error_key"),
  },
  (t) => [
    index("import_reports_created_idx").on(t.createdAt.desc().nullsFirst()),
    // One import at a time: two would race for the same slugs and WordPress ids.
    uniqueIndex("import_reports_one_running_idx")
      .on(t.status)
      .where(sql`status = 'running'`),
  ],
);

export const pageStatusEnum = pgEnum("page_status", ["draft", "published"]);
export type PageStatus = (typeof pageStatusEnum.enumValues)[number];

// Static pages (Impressum, Datenschutz, Kontakt …) at /<slug>: the site's own voice, managed by
// admins. `system_key` marks the legal pages a new site starts with (migration 0010), which
// the dashboard watches until they are published.
export const pages = pgTable("pages", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  excerpt: text("excerpt").notNull().default(""),
  body: text("body").notNull().default(""),
  coverImage: text("cover_image"),
  status: pageStatusEnum("status").notNull().default("draft"),
  publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
  systemKey: text("system_key").unique(),
  createdAt: createdAt(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedBy: text("updated_by").references((): AnyPgColumn => users.id, { onDelete: "set null" }),
  // The WordPress page it was imported from: a later import of the same blog updates it.
  wpId: bigint("wp_id", { mode: "number" }).unique(),
});

export const pageRevisions = pgTable(
  "page_revisions",
  {
    id: serial("id").primaryKey(),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    excerpt: text("excerpt").notNull(),
    body: text("body").notNull(),
    coverImage: text("cover_image"),
    savedBy: text("saved_by").references(() => users.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("page_revisions_page_idx").on(t.pageId, t.savedAt.desc().nullsFirst(), t.id.desc().nullsFirst())],
);

export const pageSlugRedirects = pgTable(
  "page_slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    pageId: integer("page_id")
      .notNull()
      .references(() => pages.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("page_slug_redirects_page_idx").on(t.pageId)],
);

export const menuEnum = pgEnum("menu", ["header", "footer"]);
export const menuTargetEnum = pgEnum("menu_target", ["category", "page", "article", "url"]);
export type MenuName = (typeof menuEnum.enumValues)[number];
export type MenuTarget = (typeof menuTargetEnum.enumValues)[number];

// Header navigation and footer links. A target that is gone or not public is left out when
// the menu is shown (server/site/menus.ts); the row stays so that it comes back with it.
export const menuItems = pgTable(
  "menu_items",
  {
    id: serial("id").primaryKey(),
    menu: menuEnum("menu").notNull(),
    position: integer("position").notNull().default(0),
    label: text("label").notNull(),
    target: menuTargetEnum("target").notNull(),
    targetId: integer("target_id"),
    url: text("url"),
  },
  (t) => [index("menu_items_menu_idx").on(t.menu, t.position, t.id)],
);

/** Images the WordPress import downloaded: a later import of the same blog finds them here instead of downloading again. */
export const importedMedia = pgTable("imported_media", {
  sourceUrl: text("source_url").primaryKey(),
  url: text("url").notNull(),
  createdAt: createdAt(),
});

export type ImportStatus = "running" | "done" | "refused" | "failed" | "interrupted";

// The durable outbox (server/mail): one row per mail, written in the transaction of the change
// that causes it. At most one row per event and recipient; a trigger queues its delivery job.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    eventKey: text("event_key").notNull(),
    recipient: text("recipient").notNull(),
    data: jsonb("data").notNull().default({}),
    // pending → sending → sent; back to pending after an SMTP failure; dead after the last try.
    // A row left in sending was interrupted mid-send: it is never sent again by itself.
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("mail_outbox_event_recipient_idx").on(t.eventKey, t.recipient),
    index("mail_outbox_status_created_idx").on(t.status, t.createdAt),
  ],
);

// Password reset links: only a hash of the token is stored; single use, one hour.
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Comment = typeof comments.$inferSelect;
export type NewComment = typeof comments.$inferInsert;
export type ModerationEvent = typeof moderationEvents.$inferSelect;
export type Sponsor = typeof sponsors.$inferSelect;
export type NewSponsor = typeof sponsors.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type MenuItem = typeof menuItems.$inferSelect;

// Reader pages treat a scheduled article whose time has come as published, so that
// publishing at the scheduled time needs no job.
export const isPubliclyVisible = sql`(${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= now())`;
