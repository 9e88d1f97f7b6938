CREATE TABLE "guest_data_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "guest_data_links_expires_idx" ON "guest_data_links" USING btree ("expires_at");--> statement-breakpoint
-- The privacy page's placeholder names what comments store and links the data request page
-- (/meine-daten); only a draft still carrying the original placeholder is touched.
UPDATE pages SET body = body || $legal$
Kommentare: gespeichert werden [Name, E-Mail-Adresse (nie veröffentlicht), Website (falls angegeben), Text und Zeitpunkt]; die IP-Adresse nur zur Abwehr von Missbrauch und höchstens [30] Tage (Einstellung „IP-Adressen löschen nach“ im Dashboard). Unter [Meine Daten](/meine-daten) können Gäste ihre Kommentare über einen Link per E-Mail herunterladen oder löschen; angemeldete Nutzer finden beides in ihrem Konto.
$legal$
WHERE system_key = 'datenschutz' AND status = 'draft' AND body LIKE '%[technisch notwendige Cookies für die Anmeldung].%' AND body NOT LIKE '%/meine-daten%';
