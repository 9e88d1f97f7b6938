import { getLocale, t } from "../lib/i18n";
import { ERROR_PAGE_STATUSES, type ErrorPageStatus } from "../lib/i18n/error-pages";
import { env } from "../lib/env";

// The site's own error pages (refused requests, failed pages, the database down). They must
// render without Next and without the database, so they carry their own small stylesheet that
// looks like the site's frame, and their texts in the site's language (SITE_LOCALE, lib/i18n/error-pages.ts).

// The site's colours and fonts (app/globals.css), without the web fonts Next would serve.
const STYLE = `body{margin:0;background:#fbfaf6;color:#1d211f;font:1.0625rem/1.6 Georgia,Cambria,"Times New Roman",serif}
header{background:#fff;border-bottom:1px solid #dedcd3}header a{color:#1d211f;font-size:2rem;font-weight:700;text-decoration:none;letter-spacing:-.02em}
.c{max-width:46rem;margin:0 auto;padding:1.1rem 1rem}main{padding-block:3rem}
.k{color:#1f5c3d;font:600 .8rem system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase}h1{font-size:2.2rem;line-height:1.2;margin:.3rem 0 1rem}
.b{display:inline-block;background:#1f5c3d;color:#fff;border-radius:6px;padding:.55rem 1rem;font:600 1rem system-ui,sans-serif;text-decoration:none}small{color:#545c57}`;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function errorPage(status: number, requestId: string): string {
  const locale = getLocale();
  const known = (ERROR_PAGE_STATUSES as readonly number[]).includes(status) ? (status as ErrorPageStatus) : 503;
  const title = t(`httpError.${known}.title`);
  const text = t(`httpError.${known}.text`);
  const site = escapeHtml(env().SITE_NAME);
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title} | ${site}</title><style>${STYLE}</style></head><body><header><div class="c"><a href="/">${site}</a></div></header><main class="c"><p class="k">${t("httpError.kicker", { status: String(status) })}</p><h1>${title}</h1><p>${text}</p><p><a class="b" href="/">${t("errorPage.home")}</a></p><p><small>${t("httpError.id", { id: requestId })}</small></p></main></body></html>`;
}
