// Texts of the error pages: app/error.tsx (a client component, which imports only this file
// rather than the whole catalogue) and the origin server's own pages (origin/error-page.ts).
// Part of the one catalogue: ./de.ts and ./en.ts spread them in.
export const errorPagesDe = {
  "errorPage.title": "Vorübergehend nicht erreichbar",
  "errorPage.kicker": "Technische Störung",
  "errorPage.heading": "Diese Seite ist gerade nicht erreichbar",
  "errorPage.text": "Wir haben ein vorübergehendes technisches Problem. Bitte versuche es in einem Moment erneut.",
  "errorPage.retry": "Erneut versuchen",
  "errorPage.home": "Zur Startseite",

  "httpError.kicker": "Fehler {status}",
  "httpError.id": "Fehler-ID: {id}",
  "httpError.403.title": "Anfrage abgelehnt",
  "httpError.403.text":
    "Diese Anfrage kam nicht von dieser Website und wurde deshalb abgelehnt. Bitte lade die Seite neu und versuche es erneut.",
  "httpError.411.title": "Länge fehlt",
  "httpError.411.text": "Die Anfrage hat keine Längenangabe. Bitte sende das Formular erneut.",
  "httpError.413.title": "Anfrage zu groß",
  "httpError.413.text":
    "Die gesendeten Daten sind zu groß (höchstens 2 MB, Bilder höchstens 10 MB). Bitte kürze deine Eingabe.",
  "httpError.414.title": "Adresse zu lang",
  "httpError.414.text": "Die aufgerufene Adresse ist zu lang. Bitte prüfe den Link.",
  "httpError.431.title": "Anfrage zu groß",
  "httpError.431.text":
    "Die Kopfzeilen der Anfrage sind zu groß. Bitte lösche die Cookies dieser Website und versuche es erneut.",
  "httpError.500.title": "Ein Fehler ist aufgetreten",
  "httpError.500.text":
    "Beim Anzeigen dieser Seite ist etwas schiefgegangen. Bitte versuche es später erneut; nenne uns bei Rückfragen die Fehler-ID.",
  "httpError.503.title": "Vorübergehend nicht erreichbar",
  "httpError.503.text": "Die Seite ist gerade nicht erreichbar. Bitte versuche es in einem Moment erneut.",
} satisfies Record<string, string>;

export const errorPagesEn: Record<keyof typeof errorPagesDe, string> = {
  "errorPage.title": "Temporarily unavailable",
  "errorPage.kicker": "Technical problem",
  "errorPage.heading": "This page is unavailable right now",
  "errorPage.text": "We have a temporary technical problem. Please try again in a moment.",
  "errorPage.retry": "Try again",
  "errorPage.home": "Go to the home page",

  "httpError.kicker": "Error {status}",
  "httpError.id": "Error id: {id}",
  "httpError.403.title": "Request refused",
  "httpError.403.text":
    "This request did not come from this website and was refused. Please reload the page and try again.",
  "httpError.411.title": "Length required",
  "httpError.411.text": "The request did not say how long it is. Please send the form again.",
  "httpError.413.title": "Request too large",
  "httpError.413.text": "The data sent is too large (at most 2 MB, images at most 10 MB). Please shorten your input.",
  "httpError.414.title": "Address too long",
  "httpError.414.text": "The address you called is too long. Please check the link.",
  "httpError.431.title": "Request too large",
  "httpError.431.text": "The request's headers are too large. Please delete this website's cookies and try again.",
  "httpError.500.title": "Something went wrong",
  "httpError.500.text":
    "Something went wrong while showing this page. Please try again later; quote the error id if you contact us.",
  "httpError.503.title": "Temporarily unavailable",
  "httpError.503.text": "The page is unavailable right now. Please try again in a moment.",
};

/** The statuses the origin server answers with a page of its own. */
export const ERROR_PAGE_STATUSES = [403, 411, 413, 414, 431, 500, 503] as const;
export type ErrorPageStatus = (typeof ERROR_PAGE_STATUSES)[number];
