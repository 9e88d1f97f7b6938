-- A reply that becomes visible (approved when posted, or approved later by a moderator) mails
-- the parent comment's author once, when she asked for it, in the same transaction as the
-- change: a trigger, so posting, moderation and any other path behave alike. The event key
-- `reply:<id>` keeps it to one mail per reply however often it is approved again. Imports
-- (server/wordpress-import) set blattwerk.no_mail and send nothing. The worker fills in
-- links and texts at send time (server/mail/enrich.ts).
CREATE OR REPLACE FUNCTION blattwerk_reply_mail() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'approved' OR NEW.parent_id IS NULL OR NEW.deleted_at IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'approved' THEN
    RETURN NULL;
  END IF;
  IF current_setting('blattwerk.no_mail', true) = 'on' THEN
    RETURN NULL;
  END IF;
  INSERT INTO mail_outbox (kind, event_key, recipient, data)
  SELECT 'reply', 'reply:' || NEW.id, u.email, json_build_object('commentId', NEW.id, 'parentId', p.id)
  FROM comments p JOIN users u ON u.id = p.author_id
  WHERE p.id = NEW.parent_id AND p.notify_replies AND p.deleted_at IS NULL
    AND u.email IS NOT NULL AND u.banned_at IS NULL
    AND p.author_id IS DISTINCT FROM NEW.author_id
  ON CONFLICT (event_key, recipient) DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER comments_reply_mail AFTER INSERT OR UPDATE OF status ON comments
  FOR EACH ROW EXECUTE FUNCTION blattwerk_reply_mail();
