ALTER TABLE "pages" ADD COLUMN "wp_id" bigint;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_wp_id_unique" UNIQUE("wp_id");