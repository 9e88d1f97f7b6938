CREATE TABLE "imported_media" (
	"source_url" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_reports" ADD COLUMN "status" text DEFAULT 'done' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_reports" ADD COLUMN "progress_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_reports" ADD COLUMN "progress_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_reports" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_reports" ADD COLUMN "error_key" text;--> statement-breakpoint
CREATE INDEX "articles_visible_sticky_idx" ON "articles" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE sticky and status in ('published', 'scheduled');--> statement-breakpoint
CREATE UNIQUE INDEX "import_reports_one_running_idx" ON "import_reports" USING btree ("status") WHERE status = 'running';