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
