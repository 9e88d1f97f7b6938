-- Any change to what readers see tells the front server to drop its page cache
-- (front/server.ts LISTENs on this channel). Statement-level, so a bulk load notifies once.
CREATE OR REPLACE FUNCTION blattwerk_notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('blattwerk_content', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON articles FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER comments_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON comments FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER categories_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER tags_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tags FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER article_tags_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON article_tags FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER sponsors_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON sponsors FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_notify_content_changed();
