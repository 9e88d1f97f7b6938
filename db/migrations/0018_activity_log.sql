ALTER TABLE "moderation_events" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD COLUMN "subject_id" text;--> statement-breakpoint
ALTER TABLE "moderation_events" ADD COLUMN "subject_label" text;--> statement-breakpoint
CREATE INDEX "moderation_events_actor_idx" ON "moderation_events" USING btree ("actor_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "moderation_events_action_idx" ON "moderation_events" USING btree ("action","id" DESC NULLS LAST);--> statement-breakpoint
-- Rows written before the activity log named their subject: comments by their id (a deleted
-- one's id is in the note), users by the id their note starts with.
UPDATE "moderation_events" SET "subject_type" = 'comment', "subject_id" = coalesce("comment_id"::text, substring("note" from '^comment (\d+)$'))
  WHERE "subject_type" IS NULL AND ("comment_id" IS NOT NULL OR "note" ~ '^comment \d+$');--> statement-breakpoint
UPDATE "moderation_events" SET "subject_type" = 'user', "subject_id" = substring("note" from '^user ([^ :]+)')
  WHERE "subject_type" IS NULL AND "action" LIKE 'user.%';
