CREATE TABLE "media_images" (
	"id" text PRIMARY KEY NOT NULL,
	"uploaded_by" text,
	"width" integer,
	"height" integer,
	"bytes" integer,
	"alt" text DEFAULT '' NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_images" ADD CONSTRAINT "media_images_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "media_images_created_idx" ON "media_images" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "media_images_uploader_idx" ON "media_images" USING btree ("uploaded_by","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
-- Images stored before the library: one row each, without uploader (admins manage them) and
-- without dimensions (not recorded then); the size is that of the largest stored width.
INSERT INTO "media_images" ("id", "bytes", "created_at")
SELECT left("name", 24), max(octet_length("data")) FILTER (WHERE "name" LIKE '%-1600.webp'), min("created_at")
FROM "media" GROUP BY left("name", 24)
ON CONFLICT DO NOTHING;
