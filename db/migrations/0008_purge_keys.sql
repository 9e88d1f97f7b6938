-- Every write publishes the cache keys of what it changed (lib/cache-keys.ts has the scheme;
-- the strings built here must stay in step with it): NOTIFY blattwerk_purge, payload the
-- keys separated by spaces. Replaces the table-name notifications of 0001/0007, which made
-- the front server drop its whole cache on any change.
--
-- The triggers are statement-level with transition tables, so a bulk change notifies once per
-- statement, and each computes its keys in one query. A trigger with transition tables serves
-- one event only (PostgreSQL's rule), hence three per table; they share one function per table,
-- whose query reads the transition tables it has and an empty set for the other side.
DROP TRIGGER IF EXISTS articles_notify ON articles;
--> statement-breakpoint
DROP TRIGGER IF EXISTS comments_notify ON comments;
--> statement-breakpoint
DROP TRIGGER IF EXISTS categories_notify ON categories;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tags_notify ON tags;
--> statement-breakpoint
DROP TRIGGER IF EXISTS article_tags_notify ON article_tags;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sponsors_notify ON sponsors;
--> statement-breakpoint
DROP TRIGGER IF EXISTS settings_notify ON settings;
--> statement-breakpoint
DROP TRIGGER IF EXISTS users_notify ON users;
--> statement-breakpoint
DROP FUNCTION IF EXISTS blattwerk_notify_content_changed();
--> statement-breakpoint

-- Archive months are months in the site's time zone (SITE_TIMEZONE), which only the app
-- knows: db/client.ts sends it as this setting when it connects. Other sessions (psql, seed
-- scripts) get the app's default unless they set it, or the database does
-- (ALTER DATABASE … SET blattwerk.site_timezone = 'Europe/Vienna').
CREATE FUNCTION blattwerk_site_timezone() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('blattwerk.site_timezone', true), ''), 'Europe/Berlin')
$$;
--> statement-breakpoint

-- Publishes keys: duplicates and nulls dropped, split into payloads below 7,000 bytes
-- (PostgreSQL refuses 8,000), and only `all` when there are more than 2,000 of them: a cache
-- finding that many keys drops nearly everything anyway, and the message stays one line.
-- A transaction that set blattwerk.notify_after_commit publishes its keys itself, after its
-- commit: server/comment-writes.ts, whose commits would otherwise queue behind every other
-- notifying commit (PostgreSQL serialises those through their WAL flush).
CREATE FUNCTION blattwerk_publish(keys text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  one text;
  payload text := '';
BEGIN
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
--> statement-breakpoint

-- The FROM item for one side of a change: the trigger's transition table, or an empty set
-- of the table's rows for the side its event lacks (no old rows on INSERT, no new on DELETE).
CREATE FUNCTION blattwerk_rows(op text, side text, tbl text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN (side = 'old' AND op = 'INSERT') OR (side = 'new' AND op = 'DELETE') THEN format('(SELECT * FROM %I WHERE false)', tbl)
    ELSE side || '_rows'
  END
$$;
--> statement-breakpoint

-- A key query over the statement's old (o) and new (n) rows, for the trigger function to
-- EXECUTE (its FROM items depend on the event; only the trigger function itself sees the
-- transition tables). The query's $1 is the site time zone.
CREATE FUNCTION blattwerk_changes_query(op text, tbl text, query text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format(query, blattwerk_rows(op, 'old', tbl), blattwerk_rows(op, 'new', tbl))
$$;
--> statement-breakpoint

CREATE FUNCTION blattwerk_purge_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM blattwerk_publish(ARRAY['all']);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Articles. Visible = published, or scheduled with a past date (db/schema.ts isPubliclyVisible).
-- A change to a visible article (before or after): article:<id> (its page, list entries, feed
-- items, neighbours' links, related boxes all carry it) and search. Its sitemap entry changes
-- with slug, updated_at (lastmod), place or membership: sitemap. When its place among visible
-- articles changes (it becomes visible or stops being, or its date moves), every list it is in
-- changes: list:home, its category, author and tags, the archive month (old and new), the
-- previous/next articles at the old and the new place, and `months` when a month appears in
-- the sidebar's archive (its first visible article) or leaves it (its last one went).
-- A move to another category or author changes those lists. "Visible" here includes an
-- article scheduled for later: the lists it will enter at its time are purged when it is
-- scheduled, so that they are rendered again now and carry a lifetime that ends at that time
-- (server/http-cache.ts), since nothing is written when it goes live.
-- More than 2,000 such articles publish `all` in any case (each brings its own key), so the
-- per-row lookups (tags, neighbours) are skipped then.
CREATE FUNCTION blattwerk_purge_articles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (
      SELECT id, status, published_at, slug, category_id, author_id, updated_at,
        coalesce(status IN ('published', 'scheduled') AND published_at IS NOT NULL, false) AS visible
      FROM %1$s AS o
    ), n AS (
      SELECT id, status, published_at, slug, category_id, author_id, updated_at,
        coalesce(status IN ('published', 'scheduled') AND published_at IS NOT NULL, false) AS visible
      FROM %2$s AS n
    ), changed AS MATERIALIZED (
      SELECT coalesce(n.id, o.id) AS id, o.id AS o_id, n.id AS n_id,
        coalesce(o.visible, false) AS was_visible, coalesce(n.visible, false) AS is_visible,
        o.published_at AS o_at, n.published_at AS n_at,
        o.category_id AS o_cat, n.category_id AS n_cat, o.author_id AS o_author, n.author_id AS n_author,
        (o.slug, o.updated_at, o.category_id, o.author_id) IS DISTINCT FROM (n.slug, n.updated_at, n.category_id, n.author_id) AS entry_changed
      FROM o FULL JOIN n ON o.id = n.id
      WHERE coalesce(o.visible, false) OR coalesce(n.visible, false)
    ), a AS MATERIALIZED (
      SELECT *,
        was_visible <> is_visible OR (was_visible AND o_at IS DISTINCT FROM n_at) AS moved,
        CASE WHEN was_visible THEN to_char(o_at AT TIME ZONE $1, 'YYYY-MM') END AS o_month,
        CASE WHEN is_visible THEN to_char(n_at AT TIME ZONE $1, 'YYYY-MM') END AS n_month
      FROM changed
    ), few AS (
      SELECT count(*) <= 2000 AS ok FROM a
    )
    SELECT array_agg(k) FROM (
      SELECT 'article:' || id FROM a
      UNION SELECT 'search' FROM a WHERE was_visible OR is_visible
      UNION SELECT 'sitemap' FROM a WHERE moved OR ((was_visible OR is_visible) AND entry_changed)
      UNION SELECT 'list:home' FROM a WHERE moved
      UNION SELECT 'months' FROM a, LATERAL (VALUES (o_month, true), (n_month, false)) AS v(m, leaving)
        WHERE o_month IS DISTINCT FROM n_month AND m IS NOT NULL AND (SELECT ok FROM few) AND NOT EXISTS (
          SELECT 1 FROM articles x WHERE x.status IN ('published', 'scheduled') AND x.published_at <= now()
            AND x.published_at >= (to_date(m, 'YYYY-MM')::timestamp AT TIME ZONE $1)
            AND x.published_at < ((to_date(m, 'YYYY-MM') + interval '1 month')::timestamp AT TIME ZONE $1)
            AND (leaving OR x.id NOT IN (SELECT id FROM a)))
      UNION SELECT 'archive:' || m FROM a, LATERAL (VALUES (o_month), (n_month)) AS v(m) WHERE moved AND m IS NOT NULL
      UNION SELECT 'category:' || c FROM a, LATERAL (VALUES (CASE WHEN was_visible THEN o_cat END), (CASE WHEN is_visible THEN n_cat END)) AS v(c)
        WHERE (moved OR o_cat IS DISTINCT FROM n_cat) AND c IS NOT NULL
      UNION SELECT 'author:' || u FROM a, LATERAL (VALUES (CASE WHEN was_visible THEN o_author END), (CASE WHEN is_visible THEN n_author END)) AS v(u)
        WHERE (moved OR o_author IS DISTINCT FROM n_author) AND u IS NOT NULL
      UNION SELECT 'tag:' || t.tag_id FROM a JOIN article_tags t ON t.article_id = a.id WHERE a.moved AND (SELECT ok FROM few)
      UNION SELECT 'article:' || nb.id
        FROM a, LATERAL (VALUES (CASE WHEN was_visible THEN o_at END, o_id), (CASE WHEN is_visible THEN n_at END, n_id)) AS p(at, pid),
        LATERAL (
          (SELECT x.id FROM articles x WHERE x.status IN ('published', 'scheduled') AND x.published_at <= now()
             AND (x.published_at, x.id) < (p.at, p.pid) ORDER BY x.published_at DESC, x.id DESC LIMIT 1)
          UNION ALL
          (SELECT x.id FROM articles x WHERE x.status IN ('published', 'scheduled') AND x.published_at <= now()
             AND (x.published_at, x.id) > (p.at, p.pid) ORDER BY x.published_at, x.id LIMIT 1)
        ) AS nb
        WHERE a.moved AND p.at IS NOT NULL AND (SELECT ok FROM few)
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Tags on articles: the tag's lists; and for a visible article its page (tag names) and the
-- sitemap (a tag's URL is listed while it has visible articles).
CREATE FUNCTION blattwerk_purge_article_tags() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH rows AS (SELECT article_id, tag_id FROM %1$s AS o UNION SELECT article_id, tag_id FROM %2$s AS n),
    shown AS (
      SELECT r.article_id FROM rows r JOIN articles x ON x.id = r.article_id
      WHERE x.status IN ('published', 'scheduled') AND x.published_at <= now()
    )
    SELECT array_agg(k) FROM (
      SELECT 'tag:' || tag_id FROM rows
      UNION SELECT 'article:' || article_id FROM shown
      UNION SELECT 'sitemap' FROM shown
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Comments: an approved comment before or after the change is on public pages (the article's
-- thread, comment feed and counts): comments:<article>. Every real change shows in the
-- moderation queues and on the commenter's own pages (their held comments, their account).
-- A change of updated_at or idempotency_key alone shows nowhere.
CREATE FUNCTION blattwerk_purge_comments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (SELECT id, article_id, parent_id, author_id, body, status, created_at, edited_at, deleted_at FROM %1$s AS o),
    n AS (SELECT id, article_id, parent_id, author_id, body, status, created_at, edited_at, deleted_at FROM %2$s AS n),
    changed AS (
      SELECT o.article_id AS o_article, n.article_id AS n_article, o.author_id AS o_user, n.author_id AS n_user,
        o.status AS o_status, n.status AS n_status
      FROM o FULL JOIN n ON o.id = n.id
      WHERE o IS DISTINCT FROM n
    )
    SELECT array_agg(k) FROM (
      SELECT 'moderation' FROM changed
      UNION SELECT 'user:' || u FROM changed, LATERAL (VALUES (o_user), (n_user)) AS v(u) WHERE u IS NOT NULL
      UNION SELECT 'comments:' || c FROM changed,
        LATERAL (VALUES (CASE WHEN o_status = 'approved' THEN o_article END), (CASE WHEN n_status = 'approved' THEN n_article END)) AS v(c)
        WHERE c IS NOT NULL
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Users: their own pages always (user:<id>). What readers see of them (name, slug, bio,
-- image, ban, role: whether they have an author page) also shows on their author page, on
-- every visible article they wrote (byline, feeds) and in every thread with their approved
-- comments. More than 2,000 users publish `all` in any case, so the lookups are skipped then.
CREATE FUNCTION blattwerk_purge_users() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (SELECT id, name, slug, bio, image, banned_at, role FROM %1$s AS o),
    n AS (SELECT id, name, slug, bio, image, banned_at, role FROM %2$s AS n),
    changed AS MATERIALIZED (
      SELECT coalesce(o.id, n.id) AS id, o.id AS o_id, n.id AS n_id,
        o.id IS NOT NULL AND (n.id IS NULL OR (o.name, o.slug, o.bio, o.image, o.banned_at, o.role) IS DISTINCT FROM (n.name, n.slug, n.bio, n.image, n.banned_at, n.role)) AS shown,
        o.id IS NOT NULL AND o.slug IS DISTINCT FROM n.slug AS slug_changed
      FROM o FULL JOIN n ON o.id = n.id
    ), few AS (
      SELECT count(*) <= 2000 AS ok FROM changed
    ), visible AS (
      SELECT x.id, x.author_id FROM articles x JOIN changed c ON x.author_id = c.id
      WHERE c.shown AND x.status IN ('published', 'scheduled') AND x.published_at <= now() AND (SELECT ok FROM few)
    )
    SELECT array_agg(k) FROM (
      SELECT 'user:' || u FROM changed, LATERAL (VALUES (o_id), (n_id)) AS v(u) WHERE u IS NOT NULL
      UNION SELECT 'author:' || id FROM changed WHERE shown
      UNION SELECT 'sitemap' FROM changed c WHERE c.slug_changed AND EXISTS (SELECT 1 FROM visible v WHERE v.author_id = c.id)
      UNION SELECT 'article:' || id FROM visible
      UNION SELECT 'comments:' || x.article_id FROM comments x JOIN changed c ON x.author_id = c.id
        WHERE c.shown AND x.status = 'approved' AND (SELECT ok FROM few)
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Categories: the header menu on every page (layout) and the category's own pages. Its name
-- and slug also show on every visible article in it (breadcrumb, teasers, feed items); its
-- slug (or its end) changes the sitemap.
CREATE FUNCTION blattwerk_purge_categories() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (SELECT id, slug, name, description, position FROM %1$s AS o),
    n AS (SELECT id, slug, name, description, position FROM %2$s AS n),
    changed AS MATERIALIZED (
      SELECT coalesce(o.id, n.id) AS id,
        o.id IS NOT NULL AND (o.slug, o.name) IS DISTINCT FROM (n.slug, n.name) AS renamed,
        o.id IS NOT NULL AND o.slug IS DISTINCT FROM n.slug AS moved
      FROM o FULL JOIN n ON o.id = n.id
      WHERE o IS DISTINCT FROM n
    )
    SELECT array_agg(k) FROM (
      SELECT 'layout' FROM changed
      UNION SELECT 'category:' || id FROM changed
      UNION SELECT 'sitemap' FROM changed WHERE moved
      UNION SELECT 'article:' || x.id FROM articles x JOIN changed c ON x.category_id = c.id
        WHERE c.renamed AND x.status IN ('published', 'scheduled') AND x.published_at <= now()
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Tags: the tag's own pages; a rename also shows on every visible article carrying it, and a
-- new slug (or the end) in the sitemap.
CREATE FUNCTION blattwerk_purge_tags() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (SELECT id, slug, name FROM %1$s AS o),
    n AS (SELECT id, slug, name FROM %2$s AS n),
    changed AS MATERIALIZED (
      SELECT coalesce(o.id, n.id) AS id, o.id IS NOT NULL AS existed, o.id IS NOT NULL AND o.slug IS DISTINCT FROM n.slug AS moved
      FROM o FULL JOIN n ON o.id = n.id
      WHERE o IS DISTINCT FROM n
    )
    SELECT array_agg(k) FROM (
      SELECT 'tag:' || id FROM changed
      UNION SELECT 'sitemap' FROM changed WHERE moved
      UNION SELECT 'article:' || x.id FROM article_tags t JOIN changed c ON t.tag_id = c.id JOIN articles x ON x.id = t.article_id
        WHERE c.existed AND x.status IN ('published', 'scheduled') AND x.published_at <= now()
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Sponsors and settings (moderation rules decide whether comment forms are open) are part of
-- the frame of every reader page.
CREATE FUNCTION blattwerk_purge_layout() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    SELECT CASE WHEN EXISTS (SELECT FROM %1$s AS o) OR EXISTS (SELECT FROM %2$s AS n) THEN ARRAY['layout'] END
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Old slugs answer with a redirect to the article, category or tag they belonged to: a cache
-- that keeps redirects files them under the target's key (the kind is the key's prefix).
CREATE FUNCTION blattwerk_purge_article_slug_redirects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    SELECT array_agg('article:' || article_id) FROM (SELECT article_id FROM %1$s AS o UNION SELECT article_id FROM %2$s AS n) AS r
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

CREATE FUNCTION blattwerk_purge_taxonomy_slug_redirects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    SELECT array_agg(kind || ':' || target_id) FROM (SELECT kind, target_id FROM %1$s AS o UNION SELECT kind, target_id FROM %2$s AS n) AS r
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- Three triggers per table (one per event, each with its transition tables) and one for TRUNCATE.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('articles', 'blattwerk_purge_articles'),
    ('article_tags', 'blattwerk_purge_article_tags'),
    ('comments', 'blattwerk_purge_comments'),
    ('users', 'blattwerk_purge_users'),
    ('categories', 'blattwerk_purge_categories'),
    ('tags', 'blattwerk_purge_tags'),
    ('sponsors', 'blattwerk_purge_layout'),
    ('settings', 'blattwerk_purge_layout'),
    ('article_slug_redirects', 'blattwerk_purge_article_slug_redirects'),
    ('taxonomy_slug_redirects', 'blattwerk_purge_taxonomy_slug_redirects')
  ) AS v(tbl, fn) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_insert', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_update', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_delete', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_purge_all()', t.tbl || '_purge_truncate', t.tbl);
  END LOOP;
END
$$;
