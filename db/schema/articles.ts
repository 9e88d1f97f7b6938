import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { tsvector, createdAt } from "./columns";
import { users } from "./users";

// "trash": removed by its author or an admin; readers get 410 Gone, comments are kept until
// an admin deletes it for good (server/articles/article-trash.ts).
export const articleStatusEnum = pgEnum("article_status", ["draft", "published", "scheduled", "trash"]);

export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];

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

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Tag = typeof tags.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleRevision = typeof articleRevisions.$inferSelect;

// Reader pages treat a scheduled article whose time has come as published, so that
// publishing at the scheduled time needs no job.
export const isPubliclyVisible = sql`(${articles.status} in ('published', 'scheduled') and ${articles.publishedAt} <= now())`;
