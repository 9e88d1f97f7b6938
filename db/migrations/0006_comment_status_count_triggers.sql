-- Keeps comment_status_counts equal to `select status, count(*) from comments group by status`
-- (summed over shards). Statement-level with transition tables, so a bulk load or a bulk
-- moderation action writes one row per status, not one per comment; each statement adds its
-- net change to a random shard, so concurrent writers rarely wait for each other.
CREATE FUNCTION blattwerk_comment_counts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO comment_status_counts AS c (status, shard, count)
  SELECT status, floor(random() * 16)::smallint, count(*) FROM new_rows GROUP BY status
  ON CONFLICT (status, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION blattwerk_comment_counts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An update that changes no status (an edit, a soft delete) nets to zero and writes nothing.
  INSERT INTO comment_status_counts AS c (status, shard, count)
  SELECT status, floor(random() * 16)::smallint, sum(delta)
  FROM (SELECT status, 1 AS delta FROM new_rows UNION ALL SELECT status, -1 FROM old_rows) changes
  GROUP BY status HAVING sum(delta) <> 0
  ON CONFLICT (status, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION blattwerk_comment_counts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO comment_status_counts AS c (status, shard, count)
  SELECT status, floor(random() * 16)::smallint, -count(*) FROM old_rows GROUP BY status
  ON CONFLICT (status, shard) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION blattwerk_comment_counts_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM comment_status_counts;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER comments_count_insert AFTER INSERT ON comments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_comment_counts_insert();
--> statement-breakpoint
CREATE TRIGGER comments_count_update AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_comment_counts_update();
--> statement-breakpoint
CREATE TRIGGER comments_count_delete AFTER DELETE ON comments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_comment_counts_delete();
--> statement-breakpoint
CREATE TRIGGER comments_count_truncate AFTER TRUNCATE ON comments FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_comment_counts_truncate();
--> statement-breakpoint
INSERT INTO comment_status_counts (status, shard, count) SELECT status, 0, count(*) FROM comments GROUP BY status;
