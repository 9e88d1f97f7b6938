// Publication-wide settings from the environment (see README, "Configuration").

export function getSiteName(): string {
  return process.env.SITE_NAME?.trim() || "Blattwerk";
}

/** Where the sidebar's "advertise with us" box sends enquiries. */
export function getContactEmail(): string {
  return process.env.SITE_CONTACT_EMAIL?.trim() || "redaktion@example.com";
}

const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The public origin (and optional base path) of the site, without a trailing slash: canonical
 * links, feeds, sitemaps and structured data need absolute URLs.
 */
export function getSiteUrl(): string {
  const value = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as "https://blattwerk.example" (got "${value}").`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must start with http:// or https:// (got "${value}").`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** `/posts/x` → `https://site.example/posts/x`. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), `${getSiteUrl()}/`).toString();
}

/** FEED_FULL_TEXT=true puts the whole article into feeds; the default is the excerpt only. */
export function isFeedFullText(): boolean {
  const value = process.env.FEED_FULL_TEXT?.trim().toLowerCase();
  if (!value || value === "false" || value === "0") return false;
  if (value === "true" || value === "1") return true;
  throw new Error(`FEED_FULL_TEXT must be "true" or "false" (got "${process.env.FEED_FULL_TEXT}").`);
}

/** TRUST_PROXY=true: a reverse proxy in front overwrites X-Forwarded-For and X-Forwarded-Proto. */
export function trustsProxy(): boolean {
  return process.env.TRUST_PROXY === "true";
}

/** The mail server and sender, when both are configured (SMTP_URL, EMAIL_FROM); else null. */
export function getMailSettings(): { smtpUrl: string; from: string } | null {
  const smtpUrl = process.env.SMTP_URL?.trim();
  const from = process.env.EMAIL_FROM?.trim();
  return smtpUrl && from ? { smtpUrl, from } : null;
}

/** Tries before an undeliverable mail is given up (MAIL_MAX_ATTEMPTS, default 10: about 3.5 hours of backoff). */
export function getMailMaxAttempts(): number {
  const value = process.env.MAIL_MAX_ATTEMPTS?.trim();
  if (!value) return 10;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`MAIL_MAX_ATTEMPTS must be a whole number of 1 or more (got "${value}").`);
  return count;
}

/** MAIL_WORKER=off: `npm start` sends no mail itself; `npm run worker` runs elsewhere. Default: inline. */
export function runsMailWorkerInline(): boolean {
  const value = process.env.MAIL_WORKER?.trim() || "inline";
  if (value !== "inline" && value !== "off") throw new Error(`MAIL_WORKER must be "inline" or "off" (got "${value}").`);
  return value === "inline";
}

/** Signs links in mails that work without a session (one-click unsubscribe): the site's AUTH_SECRET. */
export function getMailSigningSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: mail links cannot be signed.");
  return secret;
}

/** Next worker processes of the origin server (NEXT_WORKERS); defaults to one per core. */
export function getWorkerCount(cores: number): number {
  const value = process.env.NEXT_WORKERS?.trim();
  if (!value) return cores;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`NEXT_WORKERS must be a whole number of 1 or more (got "${value}").`);
  return count;
}
