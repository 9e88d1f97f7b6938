import {
  type AnyPgColumn,
  bigint,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

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

export type Page = typeof pages.$inferSelect;
export type MenuItem = typeof menuItems.$inferSelect;
