import { index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

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
