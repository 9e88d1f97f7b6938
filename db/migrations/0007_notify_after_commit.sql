-- PostgreSQL serialises the commits of all transactions that NOTIFY (a database-wide lock held
-- through the commit's WAL flush), so concurrent comment posts queued behind each other's
-- fsync. server/comment-writes.ts therefore marks its transaction and sends the same
-- notification itself right after the commit, in a transaction of its own that needs no
-- flush. Every other change, however it is made, still notifies from here.
CREATE OR REPLACE FUNCTION blattwerk_notify_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('blattwerk.notify_after_commit', true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('blattwerk_content', TG_TABLE_NAME);
  RETURN NULL;
END
$$;
