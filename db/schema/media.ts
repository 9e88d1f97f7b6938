import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { bytea, createdAt } from "./columns";
import { users } from "./users";

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

// The media library: one row per uploaded image (all its widths share the content hash `id`,
// /media/<id>-<width>.webp). Who uploaded it decides who manages it (authors their own, admins
// all); alt text and caption are the defaults the editor inserts with it. Where an image is used
// is never stored: it is read from the articles' and pages' text (server/media/usage.ts).
export const mediaImages = pgTable(
  "media_images",
  {
    id: text("id").primaryKey(),
    uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    // Of the largest stored width (the URL the editor inserts); null for images stored before the library.
    width: integer("width"),
    height: integer("height"),
    bytes: integer("bytes"),
    alt: text("alt").notNull().default(""),
    caption: text("caption").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("media_images_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("media_images_uploader_idx").on(t.uploadedBy, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export type MediaImage = typeof mediaImages.$inferSelect;

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

/** Images the WordPress import downloaded: a later import of the same blog finds them here instead of downloading again. */
export const importedMedia = pgTable("imported_media", {
  sourceUrl: text("source_url").primaryKey(),
  url: text("url").notNull(),
  createdAt: createdAt(),
});

export type ImportStatus = "running" | "done" | "refused" | "failed" | "interrupted";
