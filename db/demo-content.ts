/**
 * Original German demo content for Blattwerk.
 * Pure data module: no runtime imports. All e-mail addresses use the
 * reserved domain example.com; all links point to example.org/.com/.net.
 */

export type DemoUser = {
  key: string;
  name: string;
  email: string;
  slug: string;
  role: "reader" | "author" | "admin";
  bio: string | null;
};

export type DemoCategory = { slug: string; name: string; description: string };

export type DemoTag = { slug: string; name: string };

export type DemoArticle = {
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown */
  body: string;
  authorKey: string;
  categorySlug: string;
  tagSlugs: string[];
  status: "published" | "draft" | "scheduled";
  /** ISO 8601 with offset */
  publishedAt: string;
  commentsOpen: boolean;
};

export type DemoComment = {
  key: string;
  articleSlug: string;
  authorKey: string;
  body: string;
  status: "pending" | "approved" | "spam" | "trash";
  parentKey: string | null;
  /** ISO 8601 with offset */
  createdAt: string;
};

export type DemoSponsor = {
  title: string;
  text: string;
  url: string;
  position: "header" | "sidebar" | "below_article";
  sortOrder: number;
};

export const demoUsers: DemoUser[] = [
  {
    key: "admin",
    name: "Sabine Hartmann",
    email: "admin@example.com",
    slug: "sabine-hartmann",
    role: "admin",
    bio: "Sabine Hartmann leitet die Redaktion von Blattwerk und kümmert sich um Planung, Technik und Moderation.",
  },
  {
    key: "author1",
    name: "Julia Berger",
    email: "autorin@example.com",
    slug: "julia-berger",
    role: "author",
    bio: "Julia Berger schreibt über Content-Strategie, Suchmaschinenoptimierung und Datenschutz. Vor Blattwerk hat sie zehn Jahre lang die Onlineredaktion eines Regionalverlags geleitet.",
  },
  {
    key: "author2",
    name: "Markus Lehmann",
    email: "autor@example.com",
    slug: "markus-lehmann",
    role: "author",
    bio: "Markus Lehmann ist Webentwickler und beschäftigt sich am liebsten mit Performance, Sicherheit und allem, was unter der Haube einer Website passiert. In seiner Freizeit repariert er alte Röhrenradios.",
  },
  {
    key: "reader1",
    name: "Jörg Weißmüller",
    email: "leser@example.com",
    slug: "joerg-weissmueller",
    role: "reader",
    bio: null,
  },
  {
    key: "reader2",
    name: "Anna Schäfer",
    email: "leserin@example.com",
    slug: "anna-schaefer",
    role: "reader",
    bio: null,
  },
  {
    key: "reader3",
    name: "Tobias Krüger",
    email: "gast@example.com",
    slug: "tobias-krueger",
    role: "reader",
    bio: null,
  },
];

export const demoCategories: DemoCategory[] = [
  {
    slug: "internet",
    name: "Internet",
    description: "Alles rund um Anschluss, Heimnetz, Browser und den Alltag im World Wide Web.",
  },
  {
    slug: "seo",
    name: "SEO",
    description: "Praxiswissen zur Suchmaschinenoptimierung – von der Suchintention bis zum sauberen Linkaufbau.",
  },
  {
    slug: "online-marketing",
    name: "Online-Marketing",
    description:
      "Strategien für Content, Newsletter, soziale Medien und Landingpages, die wirklich Ergebnisse bringen.",
  },
  {
    slug: "technik",
    name: "Technik",
    description: "Hintergründe und Anleitungen zu Performance, Sicherheit, Webanalyse und Content-Management-Systemen.",
  },
];

export const demoTags: DemoTag[] = [
  { slug: "google", name: "Google" },
  { slug: "suchmaschinen", name: "Suchmaschinen" },
  { slug: "netzwerk", name: "Netzwerk" },
  { slug: "datenschutz", name: "Datenschutz" },
  { slug: "content", name: "Content" },
  { slug: "ladezeit", name: "Ladezeit" },
  { slug: "backlinks", name: "Backlinks" },
  { slug: "wordpress", name: "WordPress" },
  { slug: "social-media", name: "Social Media" },
  { slug: "analytics", name: "Analytics" },
];

export const demoArticles: DemoArticle[] = [
  {
    slug: "heimnetzwerk-einrichten",
    title: "Heimnetzwerk einrichten: So wird das WLAN schnell und sicher",
    excerpt:
      "Ruckelnde Videokonferenzen und Funklöcher im Arbeitszimmer müssen nicht sein. Mit dem richtigen Standort, klugen Einstellungen und ein paar Kabeln läuft das WLAN zu Hause schnell und sicher.",
    body: `Ein langsames WLAN gehört zu den häufigsten Ärgernissen im Alltag: Die Videokonferenz ruckelt, der Film lädt nach, und im Arbeitszimmer bricht die Verbindung immer wieder ab. Dabei lässt sich ein Heimnetzwerk mit etwas Planung so einrichten, dass es zuverlässig, schnell und sicher läuft. Die meisten Probleme haben ganz handfeste Ursachen – und fast alle lassen sich ohne teure Neuanschaffungen beheben.

## Der richtige Standort für den Router

Der Router gehört nicht in den Keller, nicht hinter den Fernseher und schon gar nicht in einen Schrank. Funkwellen werden von Beton, Metall und Wasser gedämpft – ein Aquarium oder eine Fußbodenheizung kann die Reichweite spürbar verringern. Ideal ist ein zentraler, erhöhter Platz in der Wohnung, etwa auf einem Regal im Flur. Wer mehrere Etagen versorgen muss, sollte über ein Mesh-System nachdenken: Mehrere Zugangspunkte bilden dann gemeinsam ein einziges Netzwerk, und die Geräte wechseln automatisch zum stärksten Signal.

## Sicherheit von Anfang an

Ein schnelles WLAN nützt wenig, wenn sich Fremde darin bewegen können. Diese Grundregeln sollten Sie direkt bei der Einrichtung umsetzen:

- **WPA3 aktivieren** oder, falls ältere Geräte das nicht unterstützen, mindestens WPA2 im Mischbetrieb verwenden.
- Das voreingestellte Passwort ändern – sowohl für das WLAN als auch für die Benutzeroberfläche des Routers.
- Ein Gastnetz für Besucher und smarte Geräte einrichten, damit diese keinen Zugriff auf Ihre Rechner und den Netzwerkspeicher haben.
- Automatische Firmware-Updates einschalten.

Gerade der letzte Punkt wird oft vergessen. Hersteller schließen mit Updates regelmäßig Sicherheitslücken, und ein Router, der seit Jahren keine neue Firmware gesehen hat, ist ein leichtes Ziel.

## Frequenzbänder clever nutzen

Moderne Router funken auf 2,4 und 5 GHz, neuere Modelle zusätzlich auf 6 GHz. Das 2,4-GHz-Band reicht weiter, ist aber in Mehrfamilienhäusern oft überfüllt. Das 5-GHz-Band ist schneller und weniger gestört, durchdringt Wände jedoch schlechter. Viele Router bieten „Band Steering“ an und verteilen die Geräte selbstständig. Wer lieber selbst prüft, welcher Kanal frei ist, bekommt unter Linux mit dem Befehl \`nmcli dev wifi\` schnell eine Übersicht der Funknetze in der Umgebung.

> Faustregel: Alles, was sich nicht bewegt und eine Netzwerkbuchse hat, gehört ans Kabel.

Ein Fernseher, eine Spielkonsole oder ein Desktop-Rechner profitieren enorm von einer LAN-Verbindung. Das entlastet zugleich das Funknetz für Smartphones und Laptops. Wo keine Kabel verlegt werden können, sind Powerline-Adapter eine Alternative, auch wenn sie je nach Stromleitung unterschiedlich gut funktionieren.

Zum Schluss lohnt sich ein Geschwindigkeitstest in jedem Raum. So erkennen Sie Funklöcher, bevor sie im Alltag stören. Eine ausführliche Checkliste haben wir in unserem [Ratgeber zur Router-Konfiguration](https://example.org/router-konfiguration) zusammengestellt. Mit diesen Schritten wird Ihr Netzwerk nicht nur schneller, sondern auch deutlich sicherer.`,
    authorKey: "author1",
    categorySlug: "internet",
    tagSlugs: ["netzwerk", "datenschutz"],
    status: "published",
    publishedAt: "2026-11-20T11:18:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "ladezeit-optimieren",
    title: "Ladezeit optimieren: Warum jede Sekunde zählt",
    excerpt:
      "Langsame Seiten kosten Besucher, Anfragen und Umsatz. Wir zeigen, was die Core Web Vitals messen, wo die größten Bremsen stecken und wie Sie Schritt für Schritt schneller werden.",
    body: `Wer eine Website aufruft, entscheidet innerhalb weniger Augenblicke, ob er bleibt. Lädt die Seite zu lange, ist der Besucher weg – und mit ihm die Chance auf eine Anfrage, einen Kauf oder ein neues Newsletter-Abonnement. Auch Suchmaschinen berücksichtigen die Ladezeit seit Jahren als Signal für die Nutzererfahrung. Grund genug, sich das Thema genauer anzusehen.

## Was die Core Web Vitals messen

Google fasst die wichtigsten Leistungskennzahlen unter dem Begriff Core Web Vitals zusammen. Drei Werte stehen im Mittelpunkt:

- **Largest Contentful Paint (LCP):** Wie schnell wird das größte sichtbare Element geladen?
- **Interaction to Next Paint (INP):** Wie zügig reagiert die Seite auf Eingaben?
- **Cumulative Layout Shift (CLS):** Wie stark springt das Layout während des Ladens?

Diese Kennzahlen sind kein Selbstzweck. Sie beschreiben ziemlich genau, was Menschen als „langsam“ oder „hakelig“ empfinden.

## Die größten Bremsen

In der Praxis sind es fast immer dieselben Verdächtigen: zu große Bilder, zu viele Skripte von Drittanbietern und ein träger Server. Ein einziges unkomprimiertes Titelbild kann mehrere Megabyte groß sein und die gesamte Seite ausbremsen. Tracking-Skripte, Chat-Widgets und eingebettete Videos summieren sich schnell auf Dutzende zusätzliche Anfragen.

So gehen Sie bei der Optimierung am besten vor:

1. Messen Sie den Ist-Zustand mit einem Werkzeug wie Lighthouse oder PageSpeed Insights.
2. Komprimieren Sie Bilder und liefern Sie moderne Formate wie WebP oder AVIF aus.
3. Entfernen Sie Skripte, die niemand mehr braucht, und laden Sie den Rest verzögert.
4. Aktivieren Sie Caching auf dem Server und nutzen Sie bei Bedarf ein CDN.
5. Messen Sie erneut und vergleichen Sie die Ergebnisse.

> Die schnellste Anfrage ist die, die gar nicht erst gestellt wird.

Dieser Satz ist unter Entwicklern fast schon ein Sprichwort. Bevor Sie also ein teures Hosting-Paket buchen, lohnt sich ein kritischer Blick auf alles, was Ihre Seite beim Laden nachholt. Oft genügt es, Schriftarten lokal einzubinden und auf ein überdimensioniertes Slider-Plugin zu verzichten.

## Laborwerte und Felddaten

Ein häufiger Denkfehler: Die Werte aus dem Labortest entsprechen nicht unbedingt dem, was echte Besucher erleben. Wer mit einem älteren Smartphone im Zug unterwegs ist, hat eine ganz andere Ausgangslage als ein Entwickler am Glasfaseranschluss. Felddaten aus dem Chrome User Experience Report zeigen, wie Ihre Seite tatsächlich wahrgenommen wird. Mehr dazu erklären wir im [Leitfaden zu den Core Web Vitals](https://example.org/core-web-vitals).

Ladezeit ist kein Projekt, das man einmal abschließt. Jedes neue Plugin, jedes neue Bild und jedes zusätzliche Skript kann die Performance wieder verschlechtern. Wer regelmäßig misst, behält die Kontrolle.`,
    authorKey: "author2",
    categorySlug: "seo",
    tagSlugs: ["ladezeit", "google"],
    status: "published",
    publishedAt: "2026-11-17T08:47:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "content-strategie-fuer-kleine-unternehmen",
    title: "Content-Strategie für kleine Unternehmen",
    excerpt:
      "Viele Firmenblogs schlafen nach drei Monaten ein. Mit einer klaren Zielgruppe, einem realistischen Redaktionsplan und der Mehrfachverwertung von Inhalten halten Sie deutlich länger durch.",
    body: `Viele kleine Unternehmen starten einen Blog mit großem Elan – und nach drei Monaten ist der letzte Beitrag veraltet. Das liegt selten an fehlenden Ideen, sondern fast immer an einer fehlenden Strategie. Wer vorher klärt, für wen er schreibt und was er erreichen will, hält deutlich länger durch.

## Zielgruppe vor Themenliste

Bevor die erste Zeile entsteht, sollten Sie eine einfache Frage beantworten: Wer soll das lesen? Eine Schreinerei, die Privatkunden erreichen will, braucht andere Inhalte als ein Steuerbüro, das Gründerinnen anspricht. Hilfreich ist es, zwei oder drei typische Kunden konkret zu beschreiben – mit ihren Fragen, Sorgen und Suchbegriffen.

Die besten Themen liefern ohnehin Ihre Kunden selbst. Jede Frage, die am Telefon oder per E-Mail mehr als zweimal gestellt wird, ist ein möglicher Artikel. Notieren Sie solche Fragen konsequent, etwa in einer gemeinsamen Tabelle.

## Ein realistischer Redaktionsplan

Ein Artikel pro Monat, der wirklich hilft, ist wertvoller als vier halbherzige Texte. Legen Sie fest:

- **Wer** schreibt, und wer liest gegen?
- **Wann** erscheint ein Beitrag, und wie viel Vorlauf ist nötig?
- **Wo** wird der Inhalt zusätzlich verbreitet, etwa im Newsletter oder in sozialen Netzwerken?

Ein schlichter Kalender genügt völlig. Entscheidend ist, dass der Plan zur verfügbaren Zeit passt und nicht zum Wunschdenken.

> Beständigkeit schlägt Kreativität – zumindest am Anfang.

## Inhalte mehrfach nutzen

Ein gut recherchierter Fachartikel lässt sich auf viele Arten verwerten. Aus einem ausführlichen Ratgeber werden drei kurze Beiträge für soziale Medien, eine Checkliste zum Herunterladen und ein Abschnitt im nächsten Newsletter. So entsteht aus einer Stunde Recherche deutlich mehr Reichweite.

Wichtig ist dabei, jeden Kanal ernst zu nehmen. Ein Text, der im Blog funktioniert, muss für Instagram gekürzt und zugespitzt werden. Im Newsletter dagegen dürfen Sie persönlicher werden und einen Blick hinter die Kulissen gewähren.

## Erfolg messen, aber richtig

Seitenaufrufe allein sagen wenig aus. Spannender ist, ob Leserinnen und Leser länger bleiben, weitere Artikel öffnen oder Kontakt aufnehmen. Setzen Sie sich ein oder zwei klare Ziele und prüfen Sie diese vierteljährlich. Eine Vorlage für einen einfachen Redaktionsplan finden Sie in unserem [Download-Bereich](https://example.org/redaktionsplan-vorlage).

Content-Marketing ist ein Marathon, kein Sprint. Wer geduldig bleibt und Inhalte mit echtem Nutzen veröffentlicht, baut über die Zeit ein Archiv auf, das dauerhaft Besucher bringt.`,
    authorKey: "author1",
    categorySlug: "online-marketing",
    tagSlugs: ["content", "social-media"],
    status: "published",
    publishedAt: "2026-11-12T14:05:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "backlinks-aufbauen-ohne-risiko",
    title: "Backlinks aufbauen ohne Risiko",
    excerpt:
      "Links von anderen Websites sind nach wie vor ein starkes Signal für Suchmaschinen. Wie Sie sauber und nachhaltig Verweise gewinnen – und welche Abkürzungen Sie meiden sollten.",
    body: `Links von anderen Websites gehören nach wie vor zu den wichtigsten Faktoren für gute Platzierungen in Suchmaschinen. Sie funktionieren wie Empfehlungen: Wer auf Sie verweist, signalisiert, dass Ihre Inhalte lesenswert sind. Gleichzeitig ist kaum ein Bereich der Suchmaschinenoptimierung so anfällig für zweifelhafte Abkürzungen.

## Qualität statt Masse

Früher galt: Je mehr Links, desto besser. Heute bewerten Suchmaschinen sehr genau, woher ein Link stammt und in welchem Zusammenhang er steht. Ein einziger Verweis von einem angesehenen Fachportal kann mehr bewirken als hundert Einträge in verwaisten Webkatalogen. Im schlimmsten Fall schaden minderwertige Links sogar, weil sie als Manipulationsversuch gewertet werden.

Finger weg von diesen Methoden:

- gekaufte Links ohne Kennzeichnung,
- automatisch erzeugte Kommentare in fremden Blogs,
- Linktausch-Ringe und Linkfarmen,
- massenhaft gleichlautende Gastbeiträge.

## Was wirklich funktioniert

Die nachhaltigste Methode klingt unspektakulär: Inhalte erstellen, auf die andere gern verlinken. Dazu gehören eigene Studien und Umfragen, gut gestaltete Infografiken, umfassende Ratgeber oder nützliche kleine Werkzeuge wie Rechner und Checklisten.

Darüber hinaus lohnt sich aktive Beziehungspflege:

1. Identifizieren Sie Websites, die thematisch zu Ihnen passen.
2. Lesen Sie deren Inhalte und suchen Sie echte Anknüpfungspunkte.
3. Bieten Sie einen Mehrwert an – etwa eine Expertenmeinung oder aktuelle Zahlen.
4. Bleiben Sie freundlich, auch wenn keine Antwort kommt.

> Ein guter Link ist der Nebeneffekt einer guten Beziehung, nicht ihr Ziel.

## Erwähnungen in Links verwandeln

Oft werden Unternehmen bereits online erwähnt, ohne dass ein Link gesetzt wurde. Mit einer einfachen Suche nach dem eigenen Markennamen lassen sich solche Fundstellen aufspüren. Eine kurze, höfliche Nachricht an die Redaktion genügt häufig, um aus der Erwähnung einen Verweis zu machen.

Für bezahlte Kooperationen gilt: Kennzeichnen Sie diese Links mit dem Attribut \`rel="sponsored"\`. So bleiben Sie auf der sicheren Seite, und Ihre Leser wissen, woran sie sind. Eine Übersicht über alle Link-Attribute finden Sie in unserem [Glossar](https://example.org/glossar/link-attribute).

Linkaufbau braucht Zeit. Wer jedoch geduldig und sauber arbeitet, baut ein Profil auf, das auch künftige Algorithmus-Updates unbeschadet übersteht.`,
    authorKey: "author2",
    categorySlug: "seo",
    tagSlugs: ["backlinks", "google"],
    status: "published",
    publishedAt: "2026-11-06T10:31:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "wordpress-absichern",
    title: "WordPress absichern: Zehn Minuten, die sich lohnen",
    excerpt:
      "Die meisten erfolgreichen Angriffe auf WordPress nutzen bekannte Schwachstellen. Mit unserer Zehn-Minuten-Checkliste schließen Sie die wichtigsten Lücken – und sind auf den Ernstfall vorbereitet.",
    body: `WordPress betreibt einen großen Teil aller Websites weltweit – und ist deshalb ein beliebtes Ziel für automatisierte Angriffe. Die gute Nachricht: Die meisten erfolgreichen Angriffe nutzen bekannte Schwachstellen, die sich mit wenig Aufwand schließen lassen. Mit den folgenden Maßnahmen erhöhen Sie die Sicherheit Ihrer Installation erheblich.

## Updates sind Pflicht

Veraltete Plugins sind das Einfallstor Nummer eins. Aktivieren Sie automatische Updates für kleinere Versionen des Kerns und prüfen Sie Plugins und Themes mindestens einmal pro Woche. Erweiterungen, die seit Jahren nicht mehr gepflegt werden, sollten Sie durch Alternativen ersetzen oder ganz entfernen.

## Die Zehn-Minuten-Checkliste

1. **Starke Passwörter** für alle Benutzerkonten vergeben und einen Passwortmanager nutzen.
2. **Zwei-Faktor-Authentifizierung** für Administratoren aktivieren.
3. Den Benutzernamen „admin“ vermeiden und nicht benötigte Konten löschen.
4. Die Anzahl der Anmeldeversuche begrenzen.
5. Den Datei-Editor im Backend abschalten, indem Sie \`define('DISALLOW_FILE_EDIT', true);\` in die Konfigurationsdatei eintragen.
6. Regelmäßige Backups einrichten und die Wiederherstellung mindestens einmal testen.

Der letzte Punkt wird gern unterschätzt. Ein Backup, das sich im Ernstfall nicht einspielen lässt, ist wertlos. Bewahren Sie Sicherungen außerdem nicht nur auf demselben Server auf.

> Sicherheit ist kein Zustand, sondern eine Gewohnheit.

## Hosting und Rechte

Auch der Server spielt eine Rolle. Achten Sie darauf, dass Ihr Hoster aktuelle PHP-Versionen anbietet und die Konten verschiedener Kunden sauber voneinander trennt. Dateirechte sollten so restriktiv wie möglich gesetzt sein: Der Webserver muss nicht überall schreiben dürfen.

Eine Web Application Firewall kann zusätzlich viele automatisierte Angriffe abfangen, bevor sie WordPress überhaupt erreichen. Viele Hoster bieten so etwas inzwischen standardmäßig an.

## Wenn doch etwas passiert

Trotz aller Vorsicht kann eine Website kompromittiert werden. Typische Anzeichen sind unbekannte Administratorkonten, seltsame Weiterleitungen oder Warnhinweise in den Suchergebnissen. Dann gilt: Ruhe bewahren, die Seite vom Netz nehmen, Passwörter ändern und aus einem sauberen Backup wiederherstellen. Eine Schritt-für-Schritt-Anleitung haben wir im [Notfallplan für WordPress](https://example.org/wordpress-notfallplan) zusammengefasst.

Zehn Minuten Vorsorge ersparen Ihnen im Zweifel Tage voller Aufräumarbeiten – und den Vertrauensverlust bei Ihren Besuchern.`,
    authorKey: "author2",
    categorySlug: "technik",
    tagSlugs: ["wordpress", "datenschutz"],
    status: "published",
    publishedAt: "2026-11-02T16:22:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "cookie-banner-und-einwilligung",
    title: "Cookie-Banner und Einwilligung: Was Website-Betreiber wissen sollten",
    excerpt:
      "Kaum ein Element nervt Besucher so zuverlässig wie der Cookie-Banner. Worauf es bei einer fairen Einwilligungslösung ankommt und warum weniger Dienste oft die beste Antwort sind.",
    body: `Kaum ein Element prägt das heutige Surferlebnis so sehr wie der Cookie-Banner. Für Nutzer ist er oft lästig, für Website-Betreiber eine rechtliche Notwendigkeit. Doch zwischen einer sauberen Lösung und einem Banner, der mehr Probleme schafft als löst, liegen Welten.

*Hinweis: Dieser Beitrag ersetzt keine Rechtsberatung. Bei konkreten Fragen wenden Sie sich bitte an eine Fachanwältin oder einen Fachanwalt.*

## Wann eine Einwilligung nötig ist

Grundsätzlich gilt: Alles, was für den Betrieb der Website technisch nicht zwingend erforderlich ist, braucht eine Einwilligung. Dazu zählen in der Regel Analyse-Werkzeuge, Marketing-Pixel und eingebettete Inhalte von Drittanbietern. Ein Warenkorb-Cookie oder die Speicherung der Spracheinstellung sind dagegen meist ohne Zustimmung zulässig.

## Was ein guter Banner leisten muss

- Die Ablehnung muss **genauso einfach** sein wie die Zustimmung.
- Vorab angehakte Kästchen sind nicht erlaubt.
- Nutzer müssen verständlich erfahren, welche Dienste wofür eingesetzt werden.
- Die Einwilligung muss sich jederzeit widerrufen lassen, etwa über einen Link im Fußbereich.

Besonders der erste Punkt wird in der Praxis oft ignoriert. Ein großer grüner Knopf „Alle akzeptieren“ neben einem winzigen grauen Textlink „Einstellungen“ gilt als unzulässige Beeinflussung.

> Ein Banner, der Besucher austrickst, kostet am Ende mehr Vertrauen, als er an Daten einbringt.

## Weniger ist mehr

Die eleganteste Lösung besteht darin, gar nicht erst so viele Dienste einzubinden. Jedes externe Skript ist nicht nur ein Datenschutzthema, sondern auch eine Belastung für die Ladezeit. Fragen Sie sich bei jedem Werkzeug: Nutzen wir die Daten wirklich? Oft stellt sich heraus, dass manche Berichte seit Monaten niemand mehr geöffnet hat.

Schriftarten und Videos lassen sich häufig lokal oder über eine Zwei-Klick-Lösung einbinden. Dann wird eine Verbindung zum Drittanbieter erst aufgebaut, wenn der Besucher aktiv auf „Video laden“ klickt.

## Dokumentation nicht vergessen

Wer Einwilligungen einholt, muss sie im Zweifel auch nachweisen können. Ein seriöses Consent-Management-Tool protokolliert Zeitpunkt und Umfang der Zustimmung. Zudem sollte die Datenschutzerklärung stets zum tatsächlichen Einsatz der Dienste passen. Eine Checkliste zur Überprüfung Ihres Banners finden Sie in unserem [Datenschutz-Check](https://example.org/datenschutz-check).

Die Kommentarfunktion ist bei diesem Beitrag geschlossen, da wir im Einzelfall keine rechtliche Einschätzung geben können.`,
    authorKey: "author1",
    categorySlug: "internet",
    tagSlugs: ["datenschutz", "analytics"],
    status: "published",
    publishedAt: "2026-10-28T09:14:00+01:00",
    commentsOpen: false,
  },
  {
    slug: "suchintention-verstehen",
    title: "Suchintention verstehen: Was Nutzer wirklich wollen",
    excerpt:
      "Zwei Menschen, ein Suchbegriff, zwei völlig verschiedene Ziele. Wer die Absicht hinter einer Suchanfrage erkennt, schreibt Inhalte, die gefunden werden – und die wirklich weiterhelfen.",
    body: `Wer bei Suchmaschinen gefunden werden möchte, muss zuerst verstehen, was hinter einer Suchanfrage steckt. Zwei Menschen, die denselben Begriff eintippen, können völlig unterschiedliche Ziele verfolgen. Genau diese Absicht – die Suchintention – entscheidet darüber, welche Seiten weit oben erscheinen.

## Die vier klassischen Kategorien

In der Praxis haben sich vier Arten von Suchintentionen bewährt:

- **Informational:** Jemand möchte etwas wissen, etwa „wie funktioniert eine Wärmepumpe“.
- **Navigational:** Jemand sucht eine bestimmte Website, zum Beispiel das Kundenportal seiner Bank.
- **Kommerziell:** Jemand vergleicht Angebote, bevor er sich entscheidet.
- **Transaktional:** Jemand ist bereit zu kaufen, zu buchen oder sich anzumelden.

Die Grenzen sind fließend, aber die Einteilung hilft enorm bei der Planung von Inhalten.

## Die Suchergebnisse verraten die Antwort

Der einfachste Weg, die Intention hinter einem Begriff zu erkennen, ist ein Blick auf die aktuellen Ergebnisse. Zeigt die Suchmaschine überwiegend Ratgeber, wird eine Produktseite kaum eine Chance haben – und umgekehrt. Achten Sie auch auf Zusatzelemente wie Videos, Kartenausschnitte oder Fragenboxen. Sie zeigen, welche Formate Nutzer bevorzugen.

> Nicht die Suchmaschine entscheidet, was relevant ist – sie beobachtet nur sehr genau, was Menschen zufriedenstellt.

## Inhalte passend aufbereiten

Haben Sie die Intention verstanden, folgt die Umsetzung. So gehen wir in der Redaktion vor:

1. Suchbegriff eingeben und die ersten zehn Ergebnisse analysieren.
2. Festhalten, welche Fragen alle Ergebnisse beantworten – und welche keines.
3. Das passende Format wählen: Anleitung, Vergleich, Liste oder Produktseite.
4. Den Text so gliedern, dass die wichtigste Antwort früh erscheint.

Gerade der zweite Schritt ist spannend. Lücken in den bestehenden Ergebnissen sind Ihre Chance, einen wirklich besseren Inhalt zu liefern, statt nur dasselbe noch einmal zu schreiben.

## Intention kann sich ändern

Suchintentionen sind nicht in Stein gemeißelt. Rund um Feiertage, Produktneuheiten oder Nachrichtenereignisse verschieben sie sich mitunter innerhalb weniger Tage. Wer seine wichtigsten Begriffe regelmäßig überprüft, bemerkt solche Veränderungen frühzeitig. Vertiefende Beispiele finden Sie in unserer [Fallstudie zur Suchintention](https://example.org/fallstudie-suchintention).

Am Ende gilt eine einfache Regel: Schreiben Sie für die Menschen hinter der Suchanfrage. Suchmaschinen werden immer besser darin, genau das zu belohnen.`,
    authorKey: "author1",
    categorySlug: "seo",
    tagSlugs: ["suchmaschinen", "content"],
    status: "published",
    publishedAt: "2026-10-22T11:53:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "newsletter-marketing",
    title: "Newsletter-Marketing: Der unterschätzte Kanal",
    excerpt:
      "Algorithmen ändern sich, das Postfach bleibt. Warum der Newsletter eine Renaissance erlebt und wie Sie eine Empfängerliste aufbauen, die gern liest statt sich abzumelden.",
    body: `Soziale Netzwerke ändern ihre Algorithmen, Suchmaschinen ihre Rankings – doch der Kontakt zu einer Leserin, die Ihren Newsletter abonniert hat, bleibt bestehen, solange sie Ihnen vertraut. Deshalb erlebt die gute alte E-Mail seit einigen Jahren eine Renaissance. Richtig eingesetzt ist sie einer der wirkungsvollsten Kanäle im Online-Marketing.

## Warum E-Mail so gut funktioniert

Ein Newsletter landet direkt im Postfach, ohne dass ein Algorithmus entscheidet, ob er angezeigt wird. Die Empfänger haben sich bewusst angemeldet und sind entsprechend interessiert. Das schlägt sich in Klickraten nieder, von denen viele Social-Media-Kanäle nur träumen können.

## Der Weg zur ersten Liste

Der Aufbau einer Empfängerliste braucht Geduld. Bewährt haben sich:

- ein klar sichtbares Anmeldeformular am Ende jedes Artikels,
- ein konkretes Versprechen, etwa „Jeden Freitag drei Praxistipps“,
- ein kleines Dankeschön wie eine Checkliste oder ein kompakter Leitfaden.

Rechtlich unverzichtbar ist das **Double-Opt-in**: Erst nach der Bestätigung per E-Mail darf die Adresse in den Verteiler. Das schützt nicht nur vor Ärger, sondern sorgt auch für eine saubere Liste.

## Inhalte, die geöffnet werden

Der häufigste Fehler ist ein Newsletter, der nur aus Werbung besteht. Leser melden sich an, weil sie etwas lernen oder erfahren möchten. Eine gute Faustregel lautet: Auf drei hilfreiche Inhalte kommt höchstens ein Angebot.

> Ein Newsletter ist ein Brief an Menschen, die Sie eingeladen haben. Benehmen Sie sich entsprechend.

Auch die Betreffzeile verdient Aufmerksamkeit. Sie sollte neugierig machen, ohne zu übertreiben, und möglichst konkret sein. Testen Sie verschiedene Varianten mit einem Teil der Liste, bevor Sie die erfolgreichere an alle verschicken.

## Kennzahlen im Blick behalten

Öffnungsraten sind durch Datenschutzfunktionen moderner E-Mail-Programme weniger aussagekräftig geworden. Verlässlicher sind Klicks, Antworten und Abmeldungen. Wer Links mit Kampagnenparametern wie \`utm_source=newsletter\` versieht, kann in der Webanalyse zudem genau nachvollziehen, was die Leser nach dem Klick tun. Wie Sie solche Parameter sinnvoll strukturieren, zeigen wir in unserem [Leitfaden zur Kampagnenmessung](https://example.org/kampagnenmessung).

Ein Newsletter ist kein Schnellschuss, sondern ein Versprechen an Ihre Leser. Wer es regelmäßig einlöst, gewinnt treue Stammkunden.`,
    authorKey: "author2",
    categorySlug: "online-marketing",
    tagSlugs: ["content", "analytics"],
    status: "published",
    publishedAt: "2026-10-16T07:39:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "glasfaser-kabel-oder-dsl",
    title: "Glasfaser, Kabel oder DSL: Welcher Anschluss passt?",
    excerpt:
      "Die Werbeversprechen klingen ähnlich, im Alltag zeigen sich große Unterschiede. Unser Überblick erklärt Stärken und Schwächen der drei Anschlussarten und hilft bei der Entscheidung.",
    body: `Wer heute einen Internetanschluss bestellt, hat oft die Wahl zwischen mehreren Technologien. Die Werbeversprechen klingen ähnlich, doch im Alltag gibt es deutliche Unterschiede. Dieser Überblick hilft bei der Entscheidung.

## DSL: Bewährt, aber begrenzt

DSL nutzt die klassische Telefonleitung aus Kupfer. Mit Vectoring-Technik sind je nach Entfernung zum Verteilerkasten bis zu 250 Megabit pro Sekunde möglich. Das Problem: Je weiter der Kasten entfernt ist, desto stärker sinkt die Geschwindigkeit. Wer am Ortsrand wohnt, bekommt oft nur einen Bruchteil dessen, was im Tarif steht.

## Kabel: Schnell, aber geteilt

Internet über das Fernsehkabel erreicht hohe Bandbreiten von bis zu einem Gigabit im Download. Allerdings teilen sich alle Haushalte eines Segments die verfügbare Kapazität. Am Abend, wenn viele gleichzeitig streamen, kann die Leistung spürbar einbrechen. Auch der Upload ist meist deutlich geringer als der Download.

## Glasfaser: Die Zukunft

Glasfaser bis ins Haus – kurz **FTTH** – bietet die höchste Leistung und ist kaum störanfällig. Download und Upload können gleich schnell sein, was vor allem im Homeoffice mit vielen Videokonferenzen und großen Datei-Uploads ein echter Vorteil ist. Der Ausbau schreitet voran, ist aber regional sehr unterschiedlich weit.

> Der schnellste Tarif nützt nichts, wenn das heimische WLAN zum Flaschenhals wird.

## So treffen Sie die richtige Wahl

1. Prüfen Sie die Verfügbarkeit an Ihrer Adresse bei mehreren Anbietern.
2. Überlegen Sie, wie viele Personen gleichzeitig das Internet nutzen.
3. Achten Sie auf den Upload, wenn Sie viel von zu Hause arbeiten.
4. Vergleichen Sie Vertragslaufzeiten und Kosten für die Hardware.
5. Messen Sie nach dem Anschluss regelmäßig die tatsächliche Geschwindigkeit.

Weicht die gemessene Leistung dauerhaft und erheblich vom Vertrag ab, haben Kundinnen und Kunden in Deutschland ein Minderungsrecht. Dafür muss die Abweichung allerdings mit einem anerkannten Messverfahren dokumentiert werden. Wie das funktioniert, erklären wir im Beitrag [Breitbandmessung Schritt für Schritt](https://example.org/breitbandmessung).

Für die meisten Haushalte gilt: Wenn Glasfaser verfügbar ist, lohnt sich der Wechsel langfristig fast immer. Bis dahin sind Kabel und DSL solide Übergangslösungen – vorausgesetzt, das Heimnetz kann mit der Geschwindigkeit Schritt halten.`,
    authorKey: "author2",
    categorySlug: "internet",
    tagSlugs: ["netzwerk"],
    status: "published",
    publishedAt: "2026-10-09T13:27:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "webanalyse-ohne-cookies",
    title: "Webanalyse ohne Cookies: Alternativen im Überblick",
    excerpt:
      "Weniger Daten, weniger Banner, trotzdem aussagekräftige Zahlen: Wir stellen datensparsame Ansätze der Webanalyse vor und zeigen, welche Kennzahlen Sie wirklich brauchen.",
    body: `Lange galt es als selbstverständlich, jeden Seitenaufruf mit einem umfangreichen Analyse-Werkzeug zu erfassen. Inzwischen fragen sich viele Website-Betreiber, ob es nicht auch schlanker geht – mit weniger Daten, oft ganz ohne Cookie-Banner und trotzdem mit aussagekräftigen Zahlen.

## Warum überhaupt umsteigen?

Klassische Analyse-Lösungen setzen Cookies und übertragen häufig Daten an Drittanbieter. Das erfordert eine Einwilligung, die viele Besucher verweigern. Die Folge: Die erhobenen Zahlen sind lückenhaft und bilden nur einen Teil des tatsächlichen Verkehrs ab. Datensparsame Alternativen messen dagegen anonym und liefern dadurch oft ein vollständigeres Bild.

## Die gängigen Ansätze

- **Serverseitige Logfile-Analyse:** Die Zugriffsprotokolle des Webservers werden ausgewertet. Es wird kein zusätzliches Skript benötigt.
- **Cookielose Zählpixel:** Ein kleines Skript zählt Aufrufe, ohne Nutzer wiederzuerkennen.
- **Selbst gehostete Lösungen:** Die Software läuft auf dem eigenen Server, die Daten verlassen das Haus nicht.

Jeder Ansatz hat Vor- und Nachteile. Logfiles sind sehr genau, enthalten aber auch Zugriffe von Bots, die herausgefiltert werden müssen. Zählpixel sind einfach einzurichten, liefern aber weniger Details über das Verhalten auf der Seite.

## Was Sie wirklich wissen müssen

Bevor Sie sich für ein Werkzeug entscheiden, lohnt sich eine ehrliche Bestandsaufnahme. Welche Fragen wollen Sie mit den Daten beantworten? Für die meisten Blogs und Unternehmensseiten genügen wenige Kennzahlen:

1. Welche Seiten werden am häufigsten aufgerufen?
2. Woher kommen die Besucher – Suchmaschinen, soziale Medien, Newsletter?
3. Welche Inhalte führen zu einer Anfrage oder einem Kauf?

> Daten, die niemand auswertet, sind kein Wissen, sondern Ballast.

## Technische Umsetzung

Die meisten Lösungen werden mit einer einzigen Skriptzeile im Kopfbereich der Seite eingebunden. Bei selbst gehosteten Varianten empfiehlt sich eine eigene Subdomain, etwa \`stats.example.org\`. Achten Sie darauf, dass IP-Adressen gekürzt oder gar nicht erst gespeichert werden. Einen ausführlichen Vergleich verschiedener Werkzeuge haben wir in der [Marktübersicht Webanalyse](https://example.org/marktuebersicht-webanalyse) veröffentlicht.

Der Umstieg auf cookielose Analyse ist kein Verzicht, sondern oft ein Gewinn an Klarheit. Wer weniger misst, konzentriert sich auf das Wesentliche – und Besucher danken es mit Vertrauen.`,
    authorKey: "author1",
    categorySlug: "technik",
    tagSlugs: ["analytics", "datenschutz"],
    status: "published",
    publishedAt: "2026-10-03T15:46:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "interne-verlinkung",
    title: "Interne Verlinkung: Das unterschätzte SEO-Werkzeug",
    excerpt:
      "Kostenlos, vollständig kontrollierbar und trotzdem oft vernachlässigt: Mit einer durchdachten internen Verlinkung helfen Sie Lesern und Suchmaschinen gleichermaßen bei der Orientierung.",
    body: `Wenn über Links gesprochen wird, geht es meist um Verweise von anderen Websites. Dabei liegt ein enormes Potenzial direkt vor der eigenen Haustür: die Verlinkung zwischen den eigenen Seiten. Sie ist kostenlos, vollständig kontrollierbar und wird dennoch häufig vernachlässigt.

## Warum interne Links wichtig sind

Interne Links erfüllen gleich mehrere Aufgaben. Sie helfen Besuchern, weiterführende Inhalte zu entdecken, und verlängern so die Verweildauer. Gleichzeitig zeigen sie Suchmaschinen, welche Seiten zusammengehören und welche besonders wichtig sind. Eine Seite, auf die viele interne Links zeigen, wird als zentral wahrgenommen.

## Typische Fehler

- Wichtige Seiten sind nur über drei oder mehr Klicks erreichbar.
- Linktexte lauten „hier klicken“ oder „mehr erfahren“ und sagen nichts über das Ziel aus.
- Alte Artikel verweisen auf Seiten, die inzwischen gelöscht wurden.
- Neue Beiträge werden veröffentlicht, aber nie aus älteren Texten heraus verlinkt.

Der letzte Punkt ist besonders verbreitet. Ein neuer Artikel ohne eingehende interne Links ist für Suchmaschinen zunächst eine Insel.

## Eine einfache Routine

Mit einer festen Routine wird interne Verlinkung zur Gewohnheit:

1. Vor dem Veröffentlichen mindestens zwei passende ältere Beiträge suchen.
2. In diesen Beiträgen einen sinnvollen Link zum neuen Artikel ergänzen.
3. Im neuen Artikel auf weiterführende Inhalte verweisen.
4. Einmal im Quartal defekte Links aufspüren und korrigieren.

In WordPress hilft dabei schon die eingebaute Suche im Link-Dialog. Wer tiefer einsteigen möchte, kann mit Crawling-Werkzeugen die gesamte Linkstruktur sichtbar machen.

> Jeder Artikel sollte wie ein guter Gastgeber sein: Er beantwortet Ihre Frage und zeigt Ihnen dann, wo es weitergeht.

## Themencluster aufbauen

Besonders wirkungsvoll ist die Organisation in sogenannten Themenclustern. Ein umfassender Hauptartikel – etwa ein Leitfaden zur **Suchmaschinenoptimierung** – verlinkt auf spezialisierte Unterartikel, und diese verweisen wiederum zurück. So entsteht eine klare Struktur, die Lesern und Suchmaschinen gleichermaßen Orientierung bietet. Ein Beispiel für eine solche Struktur zeigen wir in unserer [Anleitung zu Themenclustern](https://example.org/themencluster).

Interne Verlinkung ist keine einmalige Aufgabe, sondern Teil der redaktionellen Pflege. Wer sie ernst nimmt, macht sein Archiv zu einem zusammenhängenden Wissensschatz.`,
    authorKey: "author1",
    categorySlug: "seo",
    tagSlugs: ["suchmaschinen", "wordpress"],
    status: "published",
    publishedAt: "2026-09-27T10:08:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "social-media-fuer-lokale-betriebe",
    title: "Social Media für lokale Betriebe: Weniger Kanäle, mehr Wirkung",
    excerpt:
      "Bäckerei, Fahrradladen oder Physiopraxis: Auch lokale Betriebe werden online gesucht. Warum ein gut gepflegter Kanal mehr bringt als fünf verwaiste Profile – und welche Inhalte vor Ort funktionieren.",
    body: `Die Bäckerei an der Ecke, das Fahrradgeschäft im Viertel, die Physiotherapiepraxis in der Kleinstadt: Auch lokale Betriebe werden heute online gesucht und bewertet. Viele fühlen sich jedoch von der Vielzahl an Plattformen überfordert. Die gute Nachricht: Sie müssen nicht überall sein.

## Einen Kanal richtig statt fünf halb

Der häufigste Fehler ist der Versuch, auf allen Plattformen gleichzeitig präsent zu sein. Nach wenigen Wochen verwaisen die Profile, und ein verwaister Kanal wirkt schlechter als gar keiner. Überlegen Sie stattdessen, wo Ihre Kundschaft tatsächlich unterwegs ist. Ein Café mit jungem Publikum ist auf Instagram gut aufgehoben, ein Handwerksbetrieb erreicht seine Kunden vielleicht eher über Gruppen für die Region.

## Was lokal besonders gut funktioniert

- **Gesichter zeigen:** Menschen kaufen bei Menschen. Stellen Sie Ihr Team vor.
- **Blick hinter die Kulissen:** Wie entsteht das Brot? Wie wird ein Fahrrad repariert?
- **Lokaler Bezug:** Stadtfeste, Kooperationen mit Nachbarbetrieben, regionale Produkte.
- **Nützliche Informationen:** Geänderte Öffnungszeiten, Aktionen, saisonale Angebote.

Solche Inhalte brauchen keine aufwendige Produktion. Ein gut belichtetes Smartphone-Foto und zwei ehrliche Sätze wirken oft authentischer als ein Hochglanzbild.

> Lokale Kundschaft folgt Ihnen nicht wegen perfekter Bilder, sondern weil sie Sie kennt.

## Das Unternehmensprofil nicht vergessen

Mindestens so wichtig wie soziale Medien ist ein gepflegter Eintrag in Kartendiensten und lokalen Verzeichnissen. Viele Menschen suchen nach „Fahrradwerkstatt in der Nähe“ und entscheiden anhand von Bewertungen, Fotos und Öffnungszeiten. Halten Sie diese Angaben aktuell und antworten Sie auf Bewertungen – auch auf kritische, und zwar sachlich und freundlich.

## Ein realistischer Wochenplan

Zwei bis drei Beiträge pro Woche genügen völlig. Planen Sie feste Zeitfenster ein, etwa dienstags und freitags jeweils eine halbe Stunde. Wer Inhalte vorbereitet und vorausplant, gerät weniger unter Druck. Eine Vorlage für einen solchen Plan finden Sie in unserem Beitrag zur [Content-Strategie für kleine Unternehmen](https://example.org/content-strategie).

Social Media ist für lokale Betriebe kein Muss, aber eine große Chance. Wer authentisch bleibt und regelmäßig Präsenz zeigt, baut eine treue Gemeinschaft in der Nachbarschaft auf.`,
    authorKey: "author1",
    categorySlug: "online-marketing",
    tagSlugs: ["social-media"],
    status: "published",
    publishedAt: "2026-09-21T12:34:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "bilder-fuers-web",
    title: "Bilder fürs Web: Formate, Größen und Komprimierung",
    excerpt:
      "Fotos machen Websites lebendig – und oft auch langsam. So wählen Sie das passende Format, skalieren richtig und sparen mit wenigen Handgriffen Megabyte um Megabyte.",
    body: `Bilder machen Websites lebendig – und oft auch langsam. Auf vielen Seiten entfällt mehr als die Hälfte der übertragenen Daten auf Fotos und Grafiken. Wer hier sorgfältig arbeitet, verbessert die Ladezeit deutlich, ohne auf eine ansprechende Optik verzichten zu müssen.

## Das richtige Format wählen

- **JPEG** eignet sich für Fotos mit vielen Farbverläufen.
- **PNG** ist die Wahl für Grafiken mit Transparenz oder scharfen Kanten, etwa Screenshots.
- **WebP** und **AVIF** bieten bei gleicher Qualität deutlich kleinere Dateien und werden von allen modernen Browsern unterstützt.
- **SVG** ist ideal für Logos und Symbole, da es verlustfrei skaliert.

Für die meisten Fotos ist WebP heute ein guter Standard. AVIF komprimiert oft noch stärker, benötigt beim Erzeugen aber mehr Rechenzeit.

## Größe anpassen, bevor Sie hochladen

Ein Foto direkt aus der Kamera ist schnell 6000 Pixel breit. Angezeigt wird es im Blog vielleicht mit 800 Pixeln. Die übrigen Bildpunkte werden trotzdem übertragen – ein unnötiger Ballast. Skalieren Sie Bilder deshalb vorher auf eine sinnvolle Größe und nutzen Sie responsive Bilder, damit Smartphones kleinere Varianten erhalten.

## Ein einfacher Arbeitsablauf

1. Das Bild auf die maximale Anzeigebreite verkleinern, etwa 1600 Pixel für großformatige Titelbilder.
2. Mit einem Werkzeug komprimieren; auf der Kommandozeile genügt zum Beispiel \`cwebp -q 80 foto.jpg -o foto.webp\`.
3. Einen aussagekräftigen Dateinamen vergeben, etwa \`router-standort-flur.webp\` statt \`IMG_4711.webp\`.
4. Einen beschreibenden Alternativtext ergänzen.

Der Alternativtext ist dabei nicht nur für die Suchmaschinenoptimierung wichtig, sondern vor allem für Menschen, die Screenreader nutzen. Beschreiben Sie, was auf dem Bild zu sehen ist – knapp und konkret.

> Das schönste Titelbild ist wertlos, wenn Ihre Besucher schon weg sind, bevor es geladen hat.

## Lazy Loading und Abmessungen

Bilder, die erst weiter unten auf der Seite erscheinen, müssen nicht sofort geladen werden. Das Attribut \`loading="lazy"\` sorgt dafür, dass der Browser sie erst bei Bedarf nachlädt. Ebenso wichtig: Geben Sie Breite und Höhe an, damit das Layout beim Laden nicht springt. WordPress erledigt beides inzwischen weitgehend automatisch. Eine Übersicht über hilfreiche Werkzeuge bietet unsere [Liste zur Bildoptimierung](https://example.org/bildoptimierung-werkzeuge).

Mit diesen Grundlagen lassen sich die meisten Bildprobleme lösen. Der Aufwand ist gering, der Effekt auf Ladezeit und Nutzererlebnis dagegen beträchtlich.`,
    authorKey: "author2",
    categorySlug: "technik",
    tagSlugs: ["ladezeit", "wordpress"],
    status: "published",
    publishedAt: "2026-09-15T09:19:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "suchmaschinen-jenseits-von-google",
    title: "Suchmaschinen jenseits von Google",
    excerpt:
      "Datenschutz, Übersichtlichkeit, Nachhaltigkeit: Es gibt gute Gründe, einmal eine andere Suchmaschine auszuprobieren. Was Nutzer gewinnen und was Website-Betreiber beachten sollten.",
    body: `Für die meisten Menschen in Deutschland ist „googeln“ längst ein Synonym für die Suche im Internet. Doch es gibt eine Reihe von Alternativen, die sich in Datenschutz, Darstellung oder Geschäftsmodell deutlich unterscheiden. Ein Blick über den Tellerrand lohnt sich – für Nutzer ebenso wie für Website-Betreiber.

## Warum Alternativen interessant sind

Die Gründe für einen Wechsel sind vielfältig. Manche möchten vermeiden, dass ihre Suchanfragen zu einem Profil zusammengeführt werden. Andere schätzen eine übersichtlichere Ergebnisseite mit weniger Anzeigen. Wieder andere wählen eine Suchmaschine, die einen Teil ihrer Einnahmen in ökologische oder soziale Projekte steckt.

## Eigener Index oder Meta-Suche?

Nicht jede Suchmaschine durchsucht das Web selbst. Man unterscheidet grob zwei Typen:

- **Suchmaschinen mit eigenem Index** betreiben eigene Crawler und bauen eine eigene Datenbank auf. Das ist extrem aufwendig, weshalb es nur wenige Anbieter gibt.
- **Meta-Suchmaschinen** und alternative Oberflächen beziehen ihre Ergebnisse von einem oder mehreren großen Anbietern und bereiten sie anders auf, oft mit stärkerem Fokus auf Datenschutz.

Viele vermeintlich unabhängige Dienste greifen im Hintergrund auf einen der großen Indizes zurück. Das ist nicht verwerflich, erklärt aber, warum sich die Ergebnisse häufig ähneln.

> Wer den Index kontrolliert, bestimmt, was überhaupt gefunden werden kann.

## Was bedeutet das für Website-Betreiber?

Auch wenn der Marktanteil der Alternativen in Deutschland überschaubar ist, sollten Sie sie nicht ignorieren. Einige Punkte sind schnell erledigt:

1. Die eigene Website in den Webmaster-Werkzeugen der größeren Anbieter anmelden.
2. Eine aktuelle XML-Sitemap bereitstellen und in der Datei \`robots.txt\` verlinken.
3. Prüfen, ob wichtige Seiten in alternativen Suchmaschinen überhaupt auftauchen.

Das offene Protokoll **IndexNow** ermöglicht es zudem, mehrere Suchmaschinen direkt über neue oder geänderte Inhalte zu informieren. Viele CMS-Erweiterungen unterstützen es bereits.

## Ein Selbstversuch lohnt sich

Probieren Sie doch einmal eine Woche lang eine andere Suchmaschine aus. Sie werden feststellen, dass die Ergebnisse in vielen Fällen gleichwertig sind – und bei manchen Themen sogar überraschend andere Perspektiven bieten. Eine Übersicht verschiedener Anbieter mit ihren Stärken und Schwächen haben wir in unserer [Vergleichstabelle](https://example.org/suchmaschinen-vergleich) zusammengestellt.

Vielfalt bei Suchmaschinen ist gut für das offene Web. Und wer seine Website für mehrere Anbieter optimiert, macht sich unabhängiger von den Launen eines einzelnen Algorithmus.`,
    authorKey: "author2",
    categorySlug: "internet",
    tagSlugs: ["suchmaschinen", "google"],
    status: "published",
    publishedAt: "2026-09-08T17:02:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "landingpages-die-konvertieren",
    title: "Landingpages, die konvertieren: Sieben Grundregeln",
    excerpt:
      "Eine Landingpage hat genau eine Aufgabe. Sieben Grundregeln, warum Anzeige und Zielseite zusammenpassen müssen und wie A/B-Tests aus Bauchgefühl belastbare Entscheidungen machen.",
    body: `Eine Landingpage hat genau eine Aufgabe: Besucher zu einer bestimmten Handlung zu bewegen. Ob Newsletter-Anmeldung, Terminbuchung oder Kauf – alles auf der Seite sollte diesem einen Ziel dienen. Das klingt einfach, wird aber erstaunlich oft missachtet.

## Die sieben Grundregeln

1. **Ein Ziel pro Seite.** Wer drei Angebote gleichzeitig präsentiert, verwirrt seine Besucher.
2. **Eine klare Überschrift.** Sie sollte in einem Satz sagen, welchen Nutzen das Angebot bringt.
3. **Keine Ablenkung.** Hauptnavigation, Seitenleiste und externe Links haben hier nichts verloren.
4. **Vertrauen schaffen.** Kundenstimmen, Gütesiegel und ein vollständiges Impressum wirken.
5. **Ein auffälliger Handlungsaufruf.** Der Button muss sofort ins Auge fallen und konkret benannt sein.
6. **Kurze Formulare.** Fragen Sie nur ab, was Sie wirklich brauchen.
7. **Schnelle Ladezeit.** Jede Sekunde Wartezeit kostet Abschlüsse.

## Die Botschaft muss zur Anzeige passen

Ein häufiger Grund für schlechte Ergebnisse ist ein Bruch zwischen Anzeige und Zielseite. Wer auf eine Anzeige für „Steuerberatung für Selbstständige“ klickt und auf der allgemeinen Startseite einer Kanzlei landet, ist schnell wieder weg. Die Landingpage sollte das Versprechen der Anzeige aufgreifen – idealerweise mit ähnlichen Worten.

> Besucher lesen nicht, sie überfliegen. Geben Sie ihnen etwas, woran der Blick hängen bleibt.

## Testen statt raten

Welche Überschrift besser funktioniert, welche Button-Farbe mehr Klicks bringt – das lässt sich nicht am Schreibtisch entscheiden. A/B-Tests liefern hier belastbare Antworten. Dabei werden zwei Varianten einer Seite parallel an unterschiedliche Besuchergruppen ausgespielt. Wichtig ist, immer nur ein Element gleichzeitig zu verändern und genügend Daten zu sammeln, bevor Sie eine Entscheidung treffen.

## Kleine Änderungen, große Wirkung

Oft bringen unscheinbare Anpassungen die größten Fortschritte. Ein Button mit der Beschriftung „Kostenloses Erstgespräch vereinbaren“ überzeugt meist mehr als ein schlichtes „Absenden“. Ein Hinweis wie „Keine Kreditkarte erforderlich“ kann Zweifel ausräumen, bevor sie entstehen. Und ein einziges Pflichtfeld weniger im Formular senkt die Hemmschwelle merklich.

Messen Sie den Erfolg über eindeutige Zielvorhaben in Ihrer Webanalyse, damit Sie Veränderungen sauber zuordnen können. Weitere Beispiele aus der Praxis zeigen wir in unserer [Sammlung gelungener Landingpages](https://example.org/landingpage-beispiele).

Eine gute Landingpage entsteht selten im ersten Anlauf. Wer systematisch testet und auf seine Besucher hört, verbessert die Ergebnisse Schritt für Schritt.`,
    authorKey: "author2",
    categorySlug: "online-marketing",
    tagSlugs: ["content", "analytics"],
    status: "published",
    publishedAt: "2026-09-02T08:56:00+02:00",
    commentsOpen: true,
  },
  {
    slug: "strukturierte-daten-leitfaden",
    title: "Strukturierte Daten: Ein Leitfaden für Einsteiger",
    excerpt:
      "Hinter dem sperrigen Begriff steckt eine einfache Idee: Inhalte so auszeichnen, dass Maschinen sie eindeutig verstehen. So gelingt der Einstieg mit JSON-LD und Schema.org.",
    body: `Strukturierte Daten sind für viele Website-Betreiber ein Buch mit sieben Siegeln. Dabei steckt hinter dem sperrigen Begriff eine einfache Idee: Inhalte werden so ausgezeichnet, dass Maschinen sie eindeutig verstehen. Das kann sich in auffälligeren Suchergebnissen auszahlen.

## Was sind strukturierte Daten?

Ein Mensch erkennt auf einen Blick, dass eine Seite ein Rezept enthält – mit Zutaten, Zubereitungszeit und Bewertung. Eine Suchmaschine muss das aus dem Text erst herauslesen. Strukturierte Daten nehmen ihr diese Arbeit ab, indem sie die Informationen in einem standardisierten Format bereitstellen, meist im Vokabular von Schema.org.

## Das empfohlene Format

Am verbreitetsten ist heute JSON-LD. Dabei wird ein kleiner Datenblock in ein Skript-Element mit dem Typ \`application/ld+json\` eingebettet. Der große Vorteil: Die Auszeichnung ist vom sichtbaren HTML getrennt und lässt sich leicht pflegen.

Viele Content-Management-Systeme erzeugen einfache Auszeichnungen bereits automatisch, etwa für Artikel oder Breadcrumbs. Es lohnt sich trotzdem, einmal nachzusehen, was tatsächlich im Quelltext landet. Nicht selten geben zwei Plugins gleichzeitig widersprüchliche Angaben aus, und dann weiß die Suchmaschine nicht mehr, welcher Information sie trauen soll.

Typische Einsatzgebiete sind:

- Artikel und Blogbeiträge,
- Produkte mit Preis und Verfügbarkeit,
- Veranstaltungen mit Datum und Ort,
- lokale Unternehmen mit Adresse und Öffnungszeiten.

> Strukturierte Daten sind kein Rankingfaktor im engeren Sinne – aber sie können entscheiden, wie auffällig Ihr Ergebnis dargestellt wird.

## Schritt für Schritt zur ersten Auszeichnung

1. Den passenden Typ auf Schema.org heraussuchen.
2. Pflichtfelder und empfohlene Felder zusammenstellen.
3. Den JSON-LD-Block erzeugen und in die Seite einbauen.
4. Das Ergebnis mit einem Validierungswerkzeug prüfen.

Wichtig: Die ausgezeichneten Informationen müssen auch sichtbar auf der Seite stehen. Wer Bewertungen oder Preise nur im Code angibt, riskiert eine manuelle Maßnahme. Im zweiten Teil dieser Serie stellen wir **konkrete Code-Beispiele** für WordPress vor. Bis dahin lohnt ein Blick in unsere [Übersicht der wichtigsten Schema-Typen](https://example.org/schema-typen).

*Entwurf – Screenshots des Validierungswerkzeugs folgen noch.*`,
    authorKey: "author1",
    categorySlug: "seo",
    tagSlugs: ["google", "suchmaschinen"],
    status: "draft",
    publishedAt: "2026-11-23T15:37:00+01:00",
    commentsOpen: true,
  },
  {
    slug: "barrierefreie-websites-praxisleitfaden",
    title: "Barrierefreie Websites: Ein Praxisleitfaden",
    excerpt:
      "Von Barrierefreiheit profitieren weit mehr Menschen, als viele denken. Die vier Grundprinzipien, schnelle Verbesserungen und einfache Tests, die jeder sofort durchführen kann.",
    body: `Barrierefreiheit im Web betrifft weit mehr Menschen, als viele denken. Neben Menschen mit Sehbehinderungen profitieren auch ältere Nutzer, Menschen mit motorischen Einschränkungen und alle, die gerade mit dem Smartphone in der grellen Sonne stehen. Seit dem Inkrafttreten des Barrierefreiheitsstärkungsgesetzes ist das Thema für viele Unternehmen zudem eine rechtliche Pflicht.

## Die vier Grundprinzipien

Die international anerkannten Richtlinien WCAG fassen Barrierefreiheit in vier Prinzipien zusammen. Inhalte müssen:

- **wahrnehmbar** sein, etwa durch Alternativtexte und ausreichende Kontraste,
- **bedienbar** sein, auch ohne Maus, allein mit der Tastatur,
- **verständlich** sein, mit klarer Sprache und vorhersehbarem Verhalten,
- **robust** sein, damit assistive Technologien sie zuverlässig auslesen können.

## Schnelle Verbesserungen

Viele Hürden lassen sich mit überschaubarem Aufwand beseitigen:

1. Jedes inhaltlich relevante Bild erhält einen sinnvollen Alternativtext.
2. Überschriften werden in logischer Reihenfolge verwendet, ohne Ebenen zu überspringen.
3. Formularfelder bekommen sichtbare Beschriftungen statt bloßer Platzhalter.
4. Der Tastaturfokus bleibt sichtbar – ein pauschales \`outline: none\` im Stylesheet ist tabu.
5. Texte und Hintergründe haben ausreichenden Kontrast.

> Barrierefreiheit ist kein Zusatzfeature, sondern eine Qualitätseigenschaft.

## Testen mit einfachen Mitteln

Sie müssen kein Experte sein, um erste Probleme zu finden. Versuchen Sie, Ihre Website ausschließlich mit der Tabulatortaste zu bedienen. Kommen Sie überall hin? Sehen Sie stets, wo Sie sich gerade befinden? Schalten Sie anschließend den Screenreader Ihres Betriebssystems ein und hören Sie sich Ihre Startseite an. Die Erfahrung ist oft ernüchternd, aber sehr lehrreich.

Auch die Sprache selbst ist ein Teil der Barrierefreiheit. Kurze Sätze, eindeutige Linktexte und erklärte Fachbegriffe helfen nicht nur Menschen mit kognitiven Einschränkungen, sondern schlicht allen, die einen Text schnell erfassen wollen.

Automatisierte Prüfwerkzeuge decken zusätzlich technische Mängel auf, erkennen aber nur einen Teil der Probleme. Eine gründliche Prüfung durch Menschen – idealerweise unter Beteiligung von Betroffenen – bleibt unverzichtbar. Eine ausführliche Checkliste finden Sie in unserem [Praxisleitfaden Barrierefreiheit](https://example.org/barrierefreiheit-checkliste).

Wer Barrierefreiheit von Anfang an mitdenkt, spart später aufwendige Nachbesserungen – und öffnet seine Website für ein deutlich größeres Publikum.`,
    authorKey: "author2",
    categorySlug: "technik",
    tagSlugs: ["content", "wordpress"],
    status: "scheduled",
    publishedAt: "2027-06-01T09:00:00+02:00",
    commentsOpen: true,
  },
];

export const demoComments: DemoComment[] = [
  // --- heimnetzwerk-einrichten ---
  {
    key: "c1",
    articleSlug: "heimnetzwerk-einrichten",
    authorKey: "reader1",
    body: "Danke für die Anleitung! Ich hatte den Router tatsächlich jahrelang im Flurschrank stehen. Nach dem Umzug aufs Regal hat sich die Geschwindigkeit im Arbeitszimmer fast verdoppelt.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-20T14:02:00+01:00",
  },
  {
    key: "c2",
    articleSlug: "heimnetzwerk-einrichten",
    authorKey: "reader2",
    body: "Ging mir genauso! Bei uns hat zusätzlich ein zweiter Mesh-Knoten im Obergeschoss den Durchbruch gebracht.\n\nWer noch mehr Hintergrundwissen sucht: Unter https://example.org/wlan-tipps gibt es eine gute Übersicht zu Kanälen und Frequenzbändern.",
    status: "approved",
    parentKey: "c1",
    createdAt: "2026-11-20T16:45:00+01:00",
  },
  {
    key: "c3",
    articleSlug: "heimnetzwerk-einrichten",
    authorKey: "reader3",
    body: "Billige Uhren kaufen!!! Beste Qualität, Versand in 24 Stunden: https://example.net/uhren-billig und https://example.net/super-angebot – jetzt klicken und 90 % sparen!!!",
    status: "spam",
    parentKey: null,
    createdAt: "2026-11-21T03:27:00+01:00",
  },
  {
    key: "c4",
    articleSlug: "heimnetzwerk-einrichten",
    authorKey: "reader3",
    body: "Funktioniert das mit dem Gastnetz auch bei älteren Routern? Meiner ist schon etwa acht Jahre alt.",
    status: "pending",
    parentKey: null,
    createdAt: "2026-11-21T09:12:00+01:00",
  },

  // --- ladezeit-optimieren (thread nested to depth 3: c5 → c6 → c7 → c8) ---
  {
    key: "c5",
    articleSlug: "ladezeit-optimieren",
    authorKey: "reader2",
    body: "Sehr hilfreich, vor allem der Hinweis auf die Felddaten. Unsere Laborwerte waren hervorragend, die echten Nutzer haben trotzdem gelitten.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-17T10:20:00+01:00",
  },
  {
    key: "c6",
    articleSlug: "ladezeit-optimieren",
    authorKey: "author2",
    body: "Genau das beobachten wir häufig. Gerade bei mobilen Besuchern mit schwacher Verbindung macht jedes eingesparte Skript einen spürbaren Unterschied.",
    status: "approved",
    parentKey: "c5",
    createdAt: "2026-11-17T12:05:00+01:00",
  },
  {
    key: "c7",
    articleSlug: "ladezeit-optimieren",
    authorKey: "reader1",
    body: "Welche Skripte würdet ihr denn als Erstes rauswerfen? Bei uns hängen noch drei verschiedene Tracking-Tools drin.",
    status: "approved",
    parentKey: "c6",
    createdAt: "2026-11-17T18:40:00+01:00",
  },
  {
    key: "c8",
    articleSlug: "ladezeit-optimieren",
    authorKey: "author2",
    body: "Ganz pragmatisch: alles, dessen Daten im letzten Quartal niemand angeschaut hat. Danach kommen die Chat-Widgets – die lassen sich oft auch erst nach einem Klick laden.",
    status: "approved",
    parentKey: "c6",
    createdAt: "2026-11-18T08:15:00+01:00",
  },
  {
    key: "c9",
    articleSlug: "ladezeit-optimieren",
    authorKey: "reader3",
    body: "Gibt es eine Empfehlung für ein CDN, das auch datenschutzfreundlich ist?",
    status: "pending",
    parentKey: null,
    createdAt: "2026-11-19T21:03:00+01:00",
  },

  // --- content-strategie-fuer-kleine-unternehmen ---
  {
    key: "c10",
    articleSlug: "content-strategie-fuer-kleine-unternehmen",
    authorKey: "reader1",
    body: "Der Tipp mit den wiederkehrenden Kundenfragen ist Gold wert. Wir haben daraus an einem Nachmittag eine Liste mit zwanzig Themen gemacht.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-12T17:30:00+01:00",
  },
  {
    key: "c11",
    articleSlug: "content-strategie-fuer-kleine-unternehmen",
    authorKey: "author1",
    body: "Das freut mich sehr! Wichtig ist jetzt nur, die Liste nicht auf einmal abarbeiten zu wollen – lieber stetig als hektisch.",
    status: "approved",
    parentKey: "c10",
    createdAt: "2026-11-12T19:02:00+01:00",
  },
  {
    key: "c12",
    articleSlug: "content-strategie-fuer-kleine-unternehmen",
    authorKey: "reader2",
    body: "Wie geht ihr mit saisonalen Themen um? Plant ihr die lange im Voraus oder eher spontan?",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-14T08:55:00+01:00",
  },
  {
    key: "c13",
    articleSlug: "content-strategie-fuer-kleine-unternehmen",
    authorKey: "author1",
    body: "Saisonale Themen planen wir etwa zwei Monate vorher ein, damit sie rechtzeitig gefunden werden. Spontan ergänzen wir nur aktuelle Anlässe.",
    status: "approved",
    parentKey: "c12",
    createdAt: "2026-11-14T11:20:00+01:00",
  },

  // --- backlinks-aufbauen-ohne-risiko ---
  {
    key: "c14",
    articleSlug: "backlinks-aufbauen-ohne-risiko",
    authorKey: "reader3",
    body: "Endlich mal ein Artikel, der ehrlich sagt, dass es keine Abkürzungen gibt. Danke!",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-06T15:48:00+01:00",
  },
  {
    key: "c15",
    articleSlug: "backlinks-aufbauen-ohne-risiko",
    authorKey: "reader1",
    body: "Kurze Frage zum Attribut: Muss ich ältere Kooperationslinks nachträglich kennzeichnen?",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-07T09:10:00+01:00",
  },
  {
    key: "c16",
    articleSlug: "backlinks-aufbauen-ohne-risiko",
    authorKey: "author2",
    body: "Ja, das empfehlen wir. Wenn für den Link eine Gegenleistung geflossen ist, sollte er entsprechend markiert sein – auch rückwirkend.",
    status: "approved",
    parentKey: "c15",
    createdAt: "2026-11-07T13:36:00+01:00",
  },
  {
    key: "c17",
    articleSlug: "backlinks-aufbauen-ohne-risiko",
    authorKey: "reader2",
    body: "Habt ihr Erfahrungswerte, wie lange es dauert, bis neue Links eine Wirkung zeigen?",
    status: "pending",
    parentKey: null,
    createdAt: "2026-11-08T20:14:00+01:00",
  },

  // --- wordpress-absichern ---
  {
    key: "c18",
    articleSlug: "wordpress-absichern",
    authorKey: "reader2",
    body: "Den Datei-Editor hatte ich nie deaktiviert. Ist sofort erledigt – danke für die konkrete Zeile!",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-02T19:47:00+01:00",
  },
  {
    key: "c19",
    articleSlug: "wordpress-absichern",
    authorKey: "reader1",
    body: "Zum Thema Backups: Wir haben einmal eine Wiederherstellung geprobt und festgestellt, dass die Datenbank gar nicht mitgesichert wurde. Seitdem testen wir zweimal im Jahr.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-11-03T08:31:00+01:00",
  },
  {
    key: "c20",
    articleSlug: "wordpress-absichern",
    authorKey: "author2",
    body: "Ein perfektes Beispiel dafür, warum der Test so wichtig ist. Danke fürs Teilen!",
    status: "approved",
    parentKey: "c19",
    createdAt: "2026-11-03T10:02:00+01:00",
  },

  // --- suchintention-verstehen ---
  {
    key: "c21",
    articleSlug: "suchintention-verstehen",
    authorKey: "reader1",
    body: "Die Idee, gezielt nach Lücken in den Suchergebnissen zu suchen, probiere ich beim nächsten Artikel direkt aus.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-10-22T16:10:00+02:00",
  },
  {
    key: "c22",
    articleSlug: "suchintention-verstehen",
    authorKey: "reader3",
    body: "Gute Übersicht. Bei uns im Onlineshop sind die Grenzen zwischen kommerziell und transaktional tatsächlich sehr fließend.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-10-23T09:44:00+02:00",
  },
  {
    key: "c23",
    articleSlug: "suchintention-verstehen",
    authorKey: "author1",
    body: "Das stimmt, gerade bei Shops. Dann hilft es oft, auf der Produktseite auch ein paar vergleichende Informationen anzubieten.",
    status: "approved",
    parentKey: "c22",
    createdAt: "2026-10-23T12:18:00+02:00",
  },

  // --- glasfaser-kabel-oder-dsl ---
  {
    key: "c24",
    articleSlug: "glasfaser-kabel-oder-dsl",
    authorKey: "reader2",
    body: "Den Abschnitt zum Upload hätte ich vor zwei Jahren gebraucht. Für Videokonferenzen ist das tatsächlich der Flaschenhals.",
    status: "approved",
    parentKey: null,
    createdAt: "2026-10-09T18:22:00+02:00",
  },
  {
    key: "c25",
    articleSlug: "glasfaser-kabel-oder-dsl",
    authorKey: "reader3",
    body: "Kann ich bestätigen. Seit wir Glasfaser haben, ruckelt im Homeoffice nichts mehr.",
    status: "approved",
    parentKey: "c24",
    createdAt: "2026-10-10T07:55:00+02:00",
  },
  {
    key: "c26",
    articleSlug: "glasfaser-kabel-oder-dsl",
    authorKey: "reader1",
    body: "Weiß jemand, ob das Minderungsrecht auch bei Kabelanschlüssen gilt?",
    status: "pending",
    parentKey: null,
    createdAt: "2026-10-12T20:30:00+02:00",
  },
];

export const demoSponsors: DemoSponsor[] = [
  {
    title: "Rankwerk Toolbox",
    text: "Sichtbarkeit messen, Wettbewerber vergleichen.",
    url: "https://example.com/rankwerk",
    position: "header",
    sortOrder: 1,
  },
  {
    title: "Klickfeld Analytics",
    text: "Datensparsame Webanalyse aus Europa – ohne Cookies, 30 Tage kostenlos testen.",
    url: "https://example.com/klickfeld",
    position: "sidebar",
    sortOrder: 1,
  },
  {
    title: "Hostlotse",
    text: "Schnelles WordPress-Hosting mit täglichen Backups und persönlichem Support aus Leipzig.",
    url: "https://example.com/hostlotse",
    position: "below_article",
    sortOrder: 1,
  },
];

// Static pages of the demo besides the legal drafts every site starts with (migration 0010).
export type DemoPage = { slug: string; title: string; excerpt: string; body: string };

export const demoPages: DemoPage[] = [
  {
    slug: "kontakt",
    title: "Kontakt",
    excerpt: "So erreichen Sie die Redaktion.",
    body: `Sie haben eine Frage, einen Hinweis oder einen Themenvorschlag? Schreiben Sie uns an
**redaktion@example.com** – wir antworten in der Regel innerhalb von zwei Werktagen.

Für Anzeigen und Kooperationen nutzen Sie bitte dieselbe Adresse mit dem Betreff „Kooperation“.

*Dies ist eine Demo-Seite: Die Adresse ist ein Beispiel.*`,
  },
];

/** The demo's menus: its categories in the header; the legal pages and the contact page in the footer. */
export const demoFooterMenu: { label: string; systemKey?: string; slug?: string }[] = [
  { label: "Impressum", systemKey: "impressum" },
  { label: "Datenschutz", systemKey: "datenschutz" },
  { label: "Kontakt", slug: "kontakt" },
];
