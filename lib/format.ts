import { getIntlLocale, getLocale, t, type Locale } from "./i18n";
import { env } from "./env";

// Creating an Intl formatter costs far more than using one (a page with a hundred comments
// spent a quarter of its render time here): each distinct one is made once and kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** "25. November 2026" / "November 25, 2026" */
export function formatDate(date: Date, locale: Locale = getLocale()): string {
  return dateFormat(getIntlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: env().SITE_TIMEZONE,
  }).format(date);
}

/** "11:18 Uhr" / "11:18 AM" */
export function formatTime(date: Date, locale: Locale = getLocale()): string {
  const time = dateFormat(getIntlLocale(locale), {
    hour: locale === "de" ? "2-digit" : "numeric",
    minute: "2-digit",
    timeZone: env().SITE_TIMEZONE,
  }).format(date);
  return t("format.time", { time }, locale);
}

/** "25. November 2026, 11:18 Uhr" / "November 25, 2026 at 11:18 AM" */
export function formatDateTime(date: Date, locale: Locale = getLocale()): string {
  return t("format.dateTime", { date: formatDate(date, locale), time: formatTime(date, locale) }, locale);
}

/** "2026-11-29": the day in the site's time zone, for file names. */
export function formatIsoDay(date: Date): string {
  return dateFormat("en-CA", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: env().SITE_TIMEZONE,
  }).format(date);
}

/** The year as seen in the site's time zone (for the footer's ©). */
export function formatYear(date: Date): string {
  return dateFormat("en", { year: "numeric", timeZone: env().SITE_TIMEZONE }).format(date);
}

/** "November 2026" / "November 2026" for an archive month (already in the site's time zone). */
export function formatMonth(year: number, month: number, locale: Locale = getLocale()): string {
  return dateFormat(getIntlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}

/** The archive path of a month: `/archive/2026/03`. */
export function archiveMonthPath(year: number, month: number): string {
  return `/archive/${year}/${String(month).padStart(2, "0")}`;
}
