import { getLocale } from "../lib/i18n";
import { env } from "../lib/env";

// The site's own error pages (refused requests, failed pages, the database down). They must
// render without Next and without the database, so they carry their own small stylesheet that
// looks like the site's frame, and their texts in the site's language (SITE_LOCALE).
const ERROR_TEXTS: Record<"de" | "en", Record<number, [string, string]>> = {
  de: {
    403: [
      "Anfrage abgelehnt",
      "Diese Anfrage kam nicht von dieser Website und wurde deshalb abgelehnt. Bitte lade die Seite neu und versuche es erneut.",
    ],
    411: ["Länge fehlt", "Die Anfrage hat keine Längenangabe. Bitte sende das Formular erneut."],
    413: [
      "Anfrage zu groß",
      "Die gesendeten Daten sind zu groß (höchstens 2 MB, Bilder höchstens 10 MB). Bitte kürze deine Eingabe.",
    ],
    414: ["Adresse zu lang", "Die aufgerufene Adresse ist zu lang. Bitte prüfe den Link."],
    431: [
      "Anfrage zu groß",
      "Die Kopfzeilen der Anfrage sind zu groß. Bitte lösche die Cookies dieser Website und versuche es erneut.",
    ],
    500: [
      "Ein Fehler ist aufgetreten",
      "Beim Anzeigen dieser Seite ist etwas schiefgegangen. Bitte versuche es später erneut; nenne uns bei Rückfragen die Fehler-ID.",
    ],
    503: [
      "Vorübergehend nicht erreichbar",
      "Die Seite ist gerade nicht erreichbar. Bitte versuche es in einem Moment erneut.",
    ],
  },
  en: {
    403: [
      "Request refused",
      "This request did not come from this website and was refused. Please reload the page and try again.",
    ],
    411: ["Length required", "The request did not say how long it is. Please send the form again."],
    413: [
      "Request too large",
      "The data sent is too large (at most 2 MB, images at most 10 MB). Please shorten your input.",
    ],
    414: ["Address too long", "The address you called is too long. Please check the link."],
    431: [
      "Request too large",
      "The request's headers are too large. Please delete this website's cookies and try again.",
    ],
    500: [
      "Something went wrong",
      "Something went wrong while showing this page. Please try again later; quote the error id if you contact us.",
    ],
    503: ["Temporarily unavailable", "The page is unavailable right now. Please try again in a moment."],
  },
};

// The site's colours and fonts (app/globals.css), without the web fonts Next would serve.
const STYLE = `body{margin:0;background:#fbfaf6;color:#1d211f;font:1.0625rem/1.6 Georgia,Cambria,"Times New Roman",serif}
header{background:#fff;border-bottom:1px solid #dedcd3}header a{color:#1d211f;font-size:2rem;font-weight:700;text-decoration:none;letter-spacing:-.02em}
.c{max-width:46rem;margin:0 auto;padding:1.1rem 1rem}main{padding-block:3rem}
.k{color:#1f5c3d;font:600 .8rem system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase}h1{font-size:2.2rem;line-height:1.2;margin:.3rem 0 1rem}
.b{display:inline-block;background:#1f5c3d;color:#fff;border-radius:6px;padding:.55rem 1rem;font:600 1rem system-ui,sans-serif;text-decoration:none}small{color:#545c57}`;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function errorPage(status: number, requestId: string): string {
  const locale = getLocale();
  const [title, text] = ERROR_TEXTS[locale][status] ?? ERROR_TEXTS[locale][503];
  const site = escapeHtml(env().SITE_NAME);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} | ${site}</title><style>${STYLE}</style></head><body><header><div class="c"><a href="/">${site}</a></div></header><main class="c"><p class="k">${locale === "en" ? "Error" : "Fehler"} ${status}</p><h1>${title}</h1><p>${text}</p><p><a class="b" href="/">${locale === "en" ? "Go to the home page" : "Zur Startseite"}</a></p><p><small>${locale === "en" ? "Error id" : "Fehler-ID"}: ${requestId}</small></p></main></body></html>`;
}
