import { bigint, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const sponsorPositionEnum = pgEnum("sponsor_position", ["header", "sidebar", "below_article"]);

export type SponsorPosition = (typeof sponsorPositionEnum.enumValues)[number];

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

export type Sponsor = typeof sponsors.$inferSelect;
export type NewSponsor = typeof sponsors.$inferInsert;

/**
 * One row: bumped by blattwerk_publish (db/migrations) whenever a write publishes a key that
 * changes the site-wide data every reader page shows (`layout`, `months`, `all`, an article a
 * menu links). Next's workers keep that data in memory while this number stays the same
 * (server/site/site-data.ts): committed with the write, so no worker can miss it.
 */
export const siteDataVersion = pgTable("site_data_version", {
  id: integer("id").primaryKey().default(1),
  version: bigint("version", { mode: "number" }).notNull().default(1),
});
