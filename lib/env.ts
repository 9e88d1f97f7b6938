// The configuration (README, "Configuration"): every variable parsed and checked once, with its
// default, so a wrong value stops the start with one message naming it instead of failing on
// the first request that happens to read it. Read it through env(), never process.env.
import { z } from "zod";
import { AppError } from "./app-error";
import { t } from "./i18n";

type Source = Record<string, string | undefined>;

/** Unset, empty and blank all mean "use the default", as they did before validation. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const text = z.string().trim();

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int({ error: "must be a whole number" })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

const flag = text
  .toLowerCase()
  .refine((value) => ["true", "false", "1", "0"].includes(value), { error: 'must be "true" or "false"' })
  .transform((value) => value === "true" || value === "1");

const httpUrl = text
  .refine(
    (value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: 'must be an absolute http(s) URL such as "https://blattwerk.example"' },
  )
  // Origin and base path without a trailing slash: absoluteUrl() appends paths to it.
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  });

const urlWithScheme = (schemes: string[], example: string) =>
  text.refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL such as "${example}"` },
  );

const timeZone = text.refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time zone such as "Europe/Berlin"' },
);

export const envSchema = z
  .object({
    DATABASE_URL: optional(urlWithScheme(["postgres:", "postgresql:"], "postgres://user:pass@host:5432/blattwerk")),
    DATABASE_POOL_SIZE: optional(wholeNumber(1, 1000)).default(10),
    DATABASE_POOL_WAIT_MS: optional(wholeNumber(1)).default(5000),
    NEXT_HEAP_MB: optional(wholeNumber(64)).default(256),
    NEXT_WORKERS: optional(wholeNumber(1, 256)),
    DATA_DIR: optional(text).default(".data"),
    PORT: optional(wholeNumber(1, 65535)).default(3000),
    HOSTNAME_BIND: optional(text),
    AUTH_SECRET: optional(text),
    SITE_NAME: optional(text).default("Blattwerk"),
    SITE_LOCALE: optional(z.enum(["de", "en"], { error: 'must be "de" or "en"' })).default("de"),
    SITE_TIMEZONE: optional(timeZone).default("Europe/Berlin"),
    SITE_CONTACT_EMAIL: optional(text.pipe(z.email({ error: "must be an email address" }))).default(
      "redaktion@example.com",
    ),
    SITE_URL: optional(httpUrl),
    UPLOAD_DIR: optional(text),
    FEED_FULL_TEXT: optional(flag).default(false),
    AUTH_URL: optional(httpUrl),
    TRUST_PROXY: optional(flag).default(false),
    AUTH_GITHUB_ID: optional(text),
    AUTH_GITHUB_SECRET: optional(text),
    AUTH_GOOGLE_ID: optional(text),
    AUTH_GOOGLE_SECRET: optional(text),
    SMTP_URL: optional(urlWithScheme(["smtp:", "smtps:"], "smtp://user:pass@mail.example.com:587")),
    EMAIL_FROM: optional(text),
    MAIL_MAX_ATTEMPTS: optional(wholeNumber(1, 100)).default(10),
    MAIL_WORKER: optional(z.enum(["inline", "off"], { error: 'must be "inline" or "off"' })).default("inline"),
    VARNISH_PURGE_URLS: optional(text),
    PURGE_WEBHOOK_URL: optional(urlWithScheme(["http:", "https:"], "https://purger.example/keys")),
    FASTLY_SERVICE_ID: optional(text),
    FASTLY_API_TOKEN: optional(text),
    LOG_LEVEL: optional(
      z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"], {
        error: "must be one of debug, info, warn, error",
      }),
    ).default("info"),
  })
  .transform((vars) => ({
    ...vars,
    /** SITE_URL, else the local default; SITE_URL itself stays unset so callers can tell (publicOrigin). */
    siteUrl: vars.SITE_URL ?? "http://localhost:3000",
    /** UPLOAD_DIR: images are stored in this folder; unset, in PostgreSQL (every instance reaches it). */
    uploadDir: vars.UPLOAD_DIR ?? null,
    /** The mail server and sender when both are set (SMTP_URL, EMAIL_FROM), else null. */
    mail: vars.SMTP_URL && vars.EMAIL_FROM ? { smtpUrl: vars.SMTP_URL, from: vars.EMAIL_FROM } : null,
    oauth: {
      github: Boolean(vars.AUTH_GITHUB_ID && vars.AUTH_GITHUB_SECRET),
      google: Boolean(vars.AUTH_GOOGLE_ID && vars.AUTH_GOOGLE_SECRET),
    },
  }));

export type Env = z.output<typeof envSchema>;

/** A configuration that cannot run: the detail has one line per wrong variable, naming it and its value. */
export function configError(problems: string[]): AppError {
  return new AppError("config", "errors.invalidConfiguration", problems.join("\n"));
}

export function isConfigError(error: unknown): error is AppError {
  return error instanceof AppError && error.kind === "config";
}

/** The lines printed for an operator: the catalogue's heading, then each problem. */
export function configReport(error: AppError): string {
  // Not getLocale(): it reads env(), which is what failed.
  const locale = process.env.SITE_LOCALE === "en" ? "en" : "de";
  const lines = (error.detail ?? "").split("\n").map((line) => `  ${line}`);
  return [t("errors.invalidConfiguration", undefined, locale), ...lines].join("\n");
}

export function parseEnv(source: Source): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    return `${name} ${issue.message} (got "${source[name]}").`;
  });
  throw configError(problems);
}

let current: Env | undefined;

/** The validated configuration of this process, parsed on first use and kept. */
export function env(): Env {
  return (current ??= parseEnv(process.env));
}

/** Parse again on next use: after the launcher (or a test) changed process.env. */
export function reloadEnv(): void {
  current = undefined;
}

/**
 * For entry points (the launcher, the origin server, Next's instrumentation): a wrong value
 * prints the one message and exits before anything starts.
 */
export function envOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (!isConfigError(error)) throw error;
    console.error(configReport(error));
    process.exit(1);
  }
}

/** `next build` imports server modules without serving: no secrets or database needed then. */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}
