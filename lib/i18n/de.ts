// German is the reference catalogue: its keys define the shape every other locale must fill
// (see `Messages`). Typographic quotes are intentional: „…“ for German.
export type PluralForms = { zero?: string; one: string; other: string };

export const de = {
  "site.skipLink": "Zum Inhalt springen",
  "site.categoryNav": "Kategorien",
  "site.footerNav": "Themen",
  "site.copyright": "© {year} {siteName}",
  "site.footerText": "{siteName} – Artikel, Anleitungen und Meinungen.",
  "site.description": "{siteName} – Artikel, Anleitungen und Meinungen.",
  "site.sidebar": "Seitenleiste",
  "userMenu.signIn": "Anmelden",

  "home.heading": "Neueste Artikel",
  "home.empty": "Noch keine Artikel veröffentlicht.",
  "archive.category": "Kategorie",
  "archive.tag": "Schlagwort",
  "archive.author": "Autorenprofil",
  "archive.empty": "Hier gibt es noch keine Artikel.",
  "archive.pageTitle": "{title} – Seite {page}",
  "archive.pageOnly": "Seite {page}",

  "pagination.label": "Seitennavigation",
  "pagination.newer": "Neuere Artikel",
  "pagination.older": "Ältere Artikel",
  "pagination.status": "Seite {page}",

  "article.by": "von {name}",
  "article.tags": "Schlagwörter:",
  "article.signature": "Ein Beitrag von {name}",
  "article.unknownAuthor": "Redaktion",
  "breadcrumb.label": "Brotkrumen",
  "breadcrumb.intro": "Sie befinden sich hier:",
  "breadcrumb.home": "Startseite",

  "sponsors.label": "Anzeige",
  "sponsors.more": "Mehr erfahren",
  "cta.heading": "Ihre Agentur noch nicht dabei?",
  "cta.text": "Präsentieren Sie Ihre Agentur oder Ihr Produkt den Leserinnen und Lesern von {siteName}. Wir beraten Sie gern.",
  "cta.link": "Jetzt Kontakt aufnehmen",

  "comments.count": { zero: "Keine Kommentare", one: "1 Kommentar", other: "{count} Kommentare" },
  "comments.heading": { zero: "Noch keine Kommentare zu „{title}“", one: "1 Kommentar zu „{title}“", other: "{count} Kommentare zu „{title}“" },
  "comments.says": "{name} schreibt:",
  "comments.deletedUser": "Gelöschter Nutzer",
  "comments.anonymous": "Anonym",
  "comments.edited": "bearbeitet",
  "comments.permalink": "Link zu diesem Kommentar",
  "comments.pagination": "Kommentar-Seiten",
  "comments.older": "Ältere Kommentare",
  "comments.newer": "Neuere Kommentare",
  "comments.pageStatus": "Seite {page} von {pages}",
  "comments.repliesLabel": "Antworten",
  "respond.heading": "Jetzt zu „{title}“ kommentieren:",
  "respond.signIn": "Zum Kommentieren anmelden",
  "respond.signInHint": "Um einen Kommentar zu schreiben, melden Sie sich bitte an.",
  "respond.closed": "Die Kommentare zu diesem Artikel sind geschlossen.",

  "search.label": "Suche",
  "search.inputLabel": "Suchbegriff",
  "search.placeholder": "Artikel durchsuchen …",
  "search.submit": "Suchen",
  "search.title": "Suche",
  "search.resultsTitle": "Suche nach „{query}“",
  "search.heading": "Suchergebnisse für „{query}“",
  "search.prompt": "Geben Sie einen Suchbegriff ein, zum Beispiel „Netzwerk“ oder „Ladezeit“.",
  "search.noResults": "Keine Artikel zu „{query}“ gefunden. Versuchen Sie es mit einem anderen oder allgemeineren Begriff.",
  "search.count": { one: "1 Treffer", other: "{count} Treffer" },
  "search.pageStatus": "Seite {page} von {pages}",
  "search.previous": "Vorherige Treffer",
  "search.next": "Weitere Treffer",
  "search.truncated": "Ihre Suchanfrage war sehr lang und wurde auf {max} Zeichen gekürzt.",

  "article.readingTime": "{minutes} Min. Lesezeit",
  "article.moreNav": "Weitere Artikel",
  "article.previous": "Vorheriger Artikel",
  "article.next": "Nächster Artikel",
  "article.related": "Das könnte Sie auch interessieren",

  "archive.month": "Archiv",
  "archive.monthsHeading": "Archiv",
  "archive.monthsNav": "Archiv nach Monaten",
  "archive.monthLink": "{month} ({count})",

  "feed.site": "{siteName} – alle Artikel (RSS)",
  "feed.siteAtom": "{siteName} – alle Artikel (Atom)",
  "feed.category": "{siteName} – Kategorie {name}",
  "feed.tag": "{siteName} – Schlagwort {name}",
  "feed.author": "{siteName} – Artikel von {name}",
  "feed.comments": "Kommentare zu „{title}“",
  "feed.commentTitle": "Kommentar von {name} zu „{title}“",
  "feed.categoryDescription": "Die neuesten Artikel der Kategorie {name} auf {siteName}.",
  "feed.tagDescription": "Die neuesten Artikel zum Schlagwort {name} auf {siteName}.",
  "feed.authorDescription": "Die neuesten Artikel von {name} auf {siteName}.",
  "feed.commentsDescription": "Die neuesten Kommentare zum Artikel „{title}“ auf {siteName}.",
  "feed.subscribe": "Feed abonnieren",

  "notFound.title": "Seite nicht gefunden",
  "notFound.heading": "Diese Seite gibt es nicht",
  "notFound.text": "Der Artikel oder die Seite wurde nicht gefunden. Vielleicht wurde sie verschoben oder ist noch nicht veröffentlicht.",
  "notFound.home": "Zur Startseite",

  "format.dateTime": "{date}, {time}",
  "format.time": "{time} Uhr",
} satisfies Record<string, string | PluralForms>;

type Catalogue = typeof de;
export type MessageKey = keyof Catalogue;
/** The shape every locale must implement: a missing or extra key is a type error. */
export type Messages = { [K in MessageKey]: Catalogue[K] extends string ? string : PluralForms };
