import { authDe, type AuthMessages } from "./auth-de";
import { authEn } from "./auth-en";

export type { AuthMessages };

/** The auth texts in the site's language (env SITE_LOCALE: "de", the default, or "en"). Server-side only: pass them down as props. */
export function authMessages(): AuthMessages {
  return process.env.SITE_LOCALE === "en" ? authEn : authDe;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
