CREATE TYPE "public"."menu" AS ENUM('header', 'footer');--> statement-breakpoint
CREATE TYPE "public"."menu_target" AS ENUM('category', 'page', 'article', 'url');--> statement-breakpoint
CREATE TYPE "public"."page_status" AS ENUM('draft', 'published');--> statement-breakpoint
ALTER TYPE "public"."article_status" ADD VALUE 'trash';--> statement-breakpoint
CREATE TABLE "menu_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"menu" "menu" NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"label" text NOT NULL,
	"target" "menu_target" NOT NULL,
	"target_id" integer,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "page_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"page_id" integer NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"excerpt" text NOT NULL,
	"body" text NOT NULL,
	"cover_image" text,
	"saved_by" text,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "page_slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"page_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pages" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"excerpt" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"cover_image" text,
	"status" "page_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"system_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "pages_slug_unique" UNIQUE("slug"),
	CONSTRAINT "pages_system_key_unique" UNIQUE("system_key")
);
--> statement-breakpoint
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_revisions" ADD CONSTRAINT "page_revisions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_slug_redirects" ADD CONSTRAINT "page_slug_redirects_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "menu_items_menu_idx" ON "menu_items" USING btree ("menu","position","id");--> statement-breakpoint
CREATE INDEX "page_revisions_page_idx" ON "page_revisions" USING btree ("page_id","saved_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "page_slug_redirects_page_idx" ON "page_slug_redirects" USING btree ("page_id");--> statement-breakpoint

-- Purge keys of pages and menus (the scheme of lib/cache-keys.ts and migration 0008).
-- Pages: a published page before or after the change is page:<id>; its sitemap entry changes
-- with publication, slug or updated_at. The frame of every reader page shows it when a menu
-- links it, and the privacy page is linked from comment and sign-up forms: layout then.
CREATE FUNCTION blattwerk_purge_pages() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    WITH o AS (SELECT id, slug, title, status, updated_at, system_key FROM %1$s AS o),
    n AS (SELECT id, slug, title, status, updated_at, system_key FROM %2$s AS n),
    changed AS MATERIALIZED (
      SELECT coalesce(n.id, o.id) AS id,
        coalesce(o.status = 'published', false) OR coalesce(n.status = 'published', false) AS shown,
        (o.slug, o.title, o.status) IS DISTINCT FROM (n.slug, n.title, n.status) AS link_changed,
        (o.slug, o.status, o.updated_at) IS DISTINCT FROM (n.slug, n.status, n.updated_at) AS entry_changed,
        coalesce(o.system_key, n.system_key) IS NOT NULL AS legal
      FROM o FULL JOIN n ON o.id = n.id
      WHERE o IS DISTINCT FROM n
    )
    SELECT array_agg(k) FROM (
      SELECT 'page:' || id FROM changed WHERE shown
      UNION SELECT 'sitemap' FROM changed WHERE shown AND entry_changed
      UNION SELECT 'layout' FROM changed c WHERE c.link_changed AND (c.legal
        OR EXISTS (SELECT 1 FROM menu_items m WHERE m.target = 'page' AND m.target_id = c.id))
    ) AS keys(k)
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

CREATE FUNCTION blattwerk_purge_page_slug_redirects() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[];
BEGIN
  EXECUTE blattwerk_changes_query(TG_OP, TG_TABLE_NAME, $q$
    SELECT array_agg('page:' || page_id) FROM (SELECT page_id FROM %1$s AS o UNION SELECT page_id FROM %2$s AS n) AS r
  $q$) INTO keys USING blattwerk_site_timezone();
  PERFORM blattwerk_publish(keys);
  RETURN NULL;
END
$$;
--> statement-breakpoint

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('pages', 'blattwerk_purge_pages'),
    ('page_slug_redirects', 'blattwerk_purge_page_slug_redirects'),
    ('menu_items', 'blattwerk_purge_layout')
  ) AS v(tbl, fn) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_insert', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_update', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tbl || '_purge_delete', t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION blattwerk_purge_all()', t.tbl || '_purge_truncate', t.tbl);
  END LOOP;
END
$$;
--> statement-breakpoint

-- Every site starts with an Impressum and a Datenschutzerklärung as drafts. Their text only
-- says what the law asks for: it is not legal text, and the dashboard shows admins a notice
-- until both are published (server/pages/pages.ts legalPageStatus).
INSERT INTO pages (slug, title, excerpt, body, status, system_key) VALUES
('impressum', 'Impressum', '', $legal$> **Entwurf – keine gültige Anbieterkennzeichnung.** Dieser Text ist ein Platzhalter. Ersetzen Sie jede Angabe in eckigen Klammern durch Ihre eigenen Angaben und lassen Sie das Ergebnis im Zweifel rechtlich prüfen, bevor Sie die Seite veröffentlichen.

Geschäftsmäßige Online-Angebote müssen nach **§ 5 Digitale-Dienste-Gesetz (DDG)** leicht erkennbar, unmittelbar erreichbar und ständig verfügbar angeben:

- [Name bzw. Firma, bei juristischen Personen auch Rechtsform und Vertretungsberechtigte]
- [Ladungsfähige Anschrift: Straße, Hausnummer, Postleitzahl, Ort – kein Postfach]
- [Angaben für eine schnelle elektronische Kontaktaufnahme und unmittelbare Kommunikation: E-Mail-Adresse und ein weiterer Weg, z. B. Telefonnummer]
- [Falls vorhanden: Registergericht und Registernummer (Handels-, Vereins-, Partnerschafts- oder Genossenschaftsregister)]
- [Falls vorhanden: Umsatzsteuer-Identifikationsnummer oder Wirtschafts-Identifikationsnummer]
- [Bei zulassungspflichtigen Tätigkeiten: die zuständige Aufsichtsbehörde; bei reglementierten Berufen: Kammer, Berufsbezeichnung und berufsrechtliche Regelungen]

Für journalistisch-redaktionelle Inhalte verlangt **§ 18 Abs. 2 Medienstaatsvertrag (MStV)** zusätzlich:

- [Verantwortlich für den Inhalt: Name und Anschrift]
$legal$, 'draft', 'impressum'),
('datenschutz', 'Datenschutzerklärung', '', $legal$> **Entwurf – keine gültige Datenschutzerklärung.** Dieser Text ist ein Platzhalter. Ersetzen Sie jede Angabe in eckigen Klammern durch die Angaben Ihrer Website und lassen Sie das Ergebnis im Zweifel rechtlich prüfen, bevor Sie die Seite veröffentlichen.

Wer personenbezogene Daten erhebt, muss die betroffenen Personen nach **Art. 13 Datenschutz-Grundverordnung (DSGVO)** bei der Erhebung informieren über:

- [Name und Kontaktdaten des Verantwortlichen]
- [Kontaktdaten des Datenschutzbeauftragten, falls einer benannt ist]
- [Zwecke der Verarbeitung und ihre Rechtsgrundlage (Art. 6 DSGVO), bei berechtigten Interessen auch diese Interessen]
- [Empfänger oder Kategorien von Empfängern, z. B. Hosting-Anbieter, E-Mail-Versand]
- [Übermittlung in Drittländer und die Garantien dafür, falls zutreffend]
- [Speicherdauer oder die Kriterien dafür]
- [Die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch und Datenübertragbarkeit; das Recht, eine Einwilligung zu widerrufen; das Beschwerderecht bei einer Aufsichtsbehörde]
- [Ob die Bereitstellung vorgeschrieben oder erforderlich ist und was geschieht, wenn sie fehlt]

Was diese Website verarbeitet und Sie beschreiben sollten: [Server-Protokolle (IP-Adressen) beim Aufruf der Seiten], [Benutzerkonten: Name, E-Mail-Adresse, Passwort-Hash], [Kommentare mit Name, Text und Zeitpunkt], [Anmeldung per E-Mail-Link oder über GitHub/Google, falls eingerichtet], [technisch notwendige Cookies für die Anmeldung].
$legal$, 'draft', 'datenschutz')
ON CONFLICT DO NOTHING;
