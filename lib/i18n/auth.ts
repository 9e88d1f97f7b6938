import { authDe, type AuthMessages } from "./auth-de";
import { authEn } from "./auth-en";
import { getLocale } from "./index";

export type { AuthMessages };

/**
 * The texts of sign-in, account and user administration in the site's language (SITE_LOCALE,
 * see ./index.ts). Kept beside the reader catalogue because client forms receive them whole
 * as a prop. Server-side only: pass them down.
 */
export function authMessages(): AuthMessages {
  return getLocale() === "en" ? authEn : authDe;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
