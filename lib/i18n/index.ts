import { createElement, Fragment, type ReactNode } from "react";
import { de, type MessageKey, type Messages, type PluralForms } from "./de";
import { en } from "./en";
import { env } from "../env";
import { fill } from "./fill";

export type { MessageKey, Messages, PluralForms };
export type Locale = "de" | "en";
export type Vars = Record<string, string | number>;

const catalogues: Record<Locale, Messages> = { de, en };
const intlLocales: Record<Locale, string> = { de: "de-DE", en: "en-US" };
// Made once per locale: creating Intl objects is what made long pages slow to render.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE"),
  en: new Intl.NumberFormat("en-US"),
};
const pluralRules: Record<Locale, Intl.PluralRules> = {
  de: new Intl.PluralRules("de-DE"),
  en: new Intl.PluralRules("en-US"),
};

/** Keys whose message is a plain string (for `t`), and keys with plural forms (for `tp`). */
export type TextKey = { [K in MessageKey]: Messages[K] extends string ? K : never }[MessageKey];
export type PluralKey = Exclude<MessageKey, TextKey>;

export function getLocale(): Locale {
  return env().SITE_LOCALE;
}

/** BCP 47 tag for Intl APIs, e.g. "de-DE". */
export function getIntlLocale(locale: Locale = getLocale()): string {
  return intlLocales[locale];
}

export function getMessages(locale: Locale = getLocale()): Messages {
  return catalogues[locale];
}

function interpolate(template: string, vars: Vars | undefined, locale: Locale): string {
  if (!vars) return template;
  const formatted: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars))
    formatted[name] = typeof value === "number" ? numberFormats[locale].format(value) : value;
  return fill(template, formatted);
}

/** A UI string: `t("comments.says", { name: "Anna" })`. `{name}` placeholders are replaced. */
export function t(key: TextKey, vars?: Vars, locale: Locale = getLocale()): string {
  return interpolate(getMessages(locale)[key] as string, vars, locale);
}

/** A counted string: `tp("comments.count", 2)` → "2 Kommentare"; 0 uses the `zero` form if present. */
export function tp(key: PluralKey, count: number, vars?: Vars, locale: Locale = getLocale()): string {
  const forms = getMessages(locale)[key] as PluralForms;
  const rule = pluralRules[locale].select(count);
  const template = count === 0 && forms.zero !== undefined ? forms.zero : rule === "one" ? forms.one : forms.other;
  return interpolate(template, { ...vars, count }, locale);
}

/**
 * Like `t`, but placeholders may be React nodes (a link, a <strong>), so markup never has to
 * live in the catalogue.
 */
export function tRich(key: TextKey, vars: Record<string, ReactNode>, locale: Locale = getLocale()): ReactNode {
  const template = getMessages(locale)[key] as string;
  const parts = template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in vars ? vars[name] : part;
  });
  // Passed as separate children, not an array, so React asks for no keys.
  return createElement(Fragment, null, ...parts);
}

/**
 * A key that arrives at run time (an AppError's `publicKey`, a zod message): its text, or the
 * generic "something went wrong" when the catalogue has no such plain text.
 */
export function translate(key: string, vars?: Vars, locale: Locale = getLocale()): string {
  const text = (getMessages(locale) as Record<string, unknown>)[key];
  return typeof text === "string" ? interpolate(text, vars, locale) : t("errors.unexpected", undefined, locale);
}

/** The keys of `TextKey` that start with one of the prefixes `P`. */
export type Texts<P extends string> = { [K in TextKey as K extends `${P}${string}` ? K : never]: string };

/**
 * The texts under some prefixes, for a client component that gets them as a prop:
 * `texts("signIn.", "fields.")`, read as `t["signIn.title"]`, filled with ./fill.ts.
 */
export function texts<P extends string>(...prefixes: P[]): Texts<P> {
  const slice: Record<string, string> = {};
  for (const [key, value] of Object.entries(getMessages()))
    if (typeof value === "string" && prefixes.some((prefix) => key.startsWith(prefix))) slice[key] = value;
  return slice as Texts<P>;
}
