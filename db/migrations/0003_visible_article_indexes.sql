DROP INDEX "articles_status_published_idx";--> statement-breakpoint
DROP INDEX "articles_category_published_idx";--> statement-breakpoint
DROP INDEX "articles_author_published_idx";--> statement-breakpoint
DROP INDEX "comments_status_created_idx";--> statement-breakpoint
DROP INDEX "comments_author_created_idx";--> statement-breakpoint
CREATE INDEX "articles_visible_published_idx" ON "articles" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "articles_visible_category_idx" ON "articles" USING btree ("category_id","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "articles_visible_author_idx" ON "articles" USING btree ("author_id","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status in ('published', 'scheduled');--> statement-breakpoint
CREATE INDEX "comments_author_status_idx" ON "comments" USING btree ("author_id","status");--> statement-breakpoint
CREATE INDEX "articles_author_published_idx" ON "articles" USING btree ("author_id","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "comments_status_created_idx" ON "comments" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "comments_author_created_idx" ON "comments" USING btree ("author_id","created_at" DESC NULLS FIRST);