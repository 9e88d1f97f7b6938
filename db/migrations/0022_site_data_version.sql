CREATE TABLE "site_data_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
INSERT INTO "site_data_version" ("id", "version") VALUES (1, 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint

-- As in 0008, and first bumps site_data_version when the keys change what every reader page's
-- frame shows: Next's workers keep that data in memory until the number they read changes
-- (server/site/site-data.ts). Before the deferred-notify return, so comment writes bump it
-- too when they would touch such a key. An upsert: tests may have truncated the table.
CREATE OR REPLACE FUNCTION blattwerk_publish(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  one text;
  payload text := '';
BEGIN
  IF keys && ARRAY['layout', 'months', 'all']
    OR EXISTS (SELECT FROM menu_items m WHERE m.target = 'article' AND 'article:' || m.target_id = ANY(keys)) THEN
    INSERT INTO site_data_version (id, version) VALUES (1, 1)
      ON CONFLICT (id) DO UPDATE SET version = site_data_version.version + 1;
  END IF;
  IF current_setting('blattwerk.notify_after_commit', true) = 'on' THEN
    RETURN;
  END IF;
  keys := ARRAY(SELECT DISTINCT k FROM unnest(keys) AS k WHERE k IS NOT NULL AND k <> '' ORDER BY k);
  IF cardinality(keys) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(keys) > 2000 OR 'all' = ANY(keys) THEN
    PERFORM pg_notify('blattwerk_purge', 'all');
    RETURN;
  END IF;
  FOREACH one IN ARRAY keys LOOP
    IF payload = '' THEN
      payload := one;
    ELSIF octet_length(payload) + 1 + octet_length(one) > 7000 THEN
      PERFORM pg_notify('blattwerk_purge', payload);
      payload := one;
    ELSE
      payload := payload || ' ' || one;
    END IF;
  END LOOP;
  PERFORM pg_notify('blattwerk_purge', payload);
END
$$;
