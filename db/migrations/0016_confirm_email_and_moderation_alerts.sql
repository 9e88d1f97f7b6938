ALTER TYPE "public"."comment_status" ADD VALUE 'unconfirmed';--> statement-breakpoint
CREATE TABLE "email_confirmations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_confirmations" ADD CONSTRAINT "email_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_confirmations_user_idx" ON "email_confirmations" USING btree ("user_id");
--> statement-breakpoint
-- Accounts that existed before address confirmation (demo, seeded, signed up earlier) count as
-- confirmed. WordPress-imported authors too: their addresses come from the site owner's export.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL AND "email" IS NOT NULL;
--> statement-breakpoint
-- A comment that starts waiting for moderation (posted as pending, or sent back to the queue)
-- alerts, in the same transaction, the article's author and the admins who want alerts for every
-- article, when they chose "instant"; never the comment's own author. The event key `held:<id>`
-- keeps it to one mail per comment and recipient. The worker fills in texts and the link to the
-- comment in the dashboard at send time (server/mail/enrich.ts). "daily" recipients get the
-- digest (server/mail/digest.ts) instead.
CREATE OR REPLACE FUNCTION blattwerk_moderation_alert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'pending' OR NEW.deleted_at IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'pending' THEN
    RETURN NULL;
  END IF;
  IF current_setting('blattwerk.no_mail', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO mail_outbox (kind, event_key, recipient, data)
  SELECT 'moderation-alert', 'held:' || NEW.id, u.email, json_build_object('commentId', NEW.id)
  FROM articles a JOIN users u
    ON (u.id = a.author_id AND u.role IN ('author', 'admin')) OR (u.role = 'admin' AND u.moderation_alerts_all)
  WHERE a.id = NEW.article_id AND u.moderation_alerts = 'instant'
    AND u.email IS NOT NULL AND u.banned_at IS NULL
    AND u.id IS DISTINCT FROM NEW.author_id
  ON CONFLICT (event_key, recipient) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER comments_moderation_alert AFTER INSERT OR UPDATE OF status ON comments
  FOR EACH ROW EXECUTE FUNCTION blattwerk_moderation_alert();
