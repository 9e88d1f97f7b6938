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

/** Next worker processes of the origin server (NEXT_WORKERS); defaults to one per core. */
export function getWorkerCount(cores: number): number {
  const value = process.env.NEXT_WORKERS?.trim();
  if (!value) return cores;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`NEXT_WORKERS must be a whole number of 1 or more (got "${value}").`);
  return count;
}

/** UPLOAD_DIR: images are stored in this folder; unset, they are stored in PostgreSQL (every instance reaches it). */
export function getUploadDir(): string | null {
  return process.env.UPLOAD_DIR?.trim() || null;
}

/** The data folder of this instance (DATA_DIR, default `.data`). */
export function getDataDir(): string {
  return process.env.DATA_DIR?.trim() || ".data";
}

export type PurgeTargets = {
  /** VARNISH_PURGE_URLS: Varnish servers (space-separated URLs) that take `PURGE` with an `xkey-purge` header. */
  varnish: string[];
  /** PURGE_WEBHOOK_URL: receives `POST {"keys": [...]}` for any other cache (a CDN adapter). */
  webhook: string | null;
  /** FASTLY_SERVICE_ID and FASTLY_API_TOKEN: purge by surrogate key through Fastly's API. */
  fastly: { serviceId: string; token: string } | null;
};

/** Where the purge forwarder sends the keys published on the purge channel (README, "Deployment"). */
export function getPurgeTargets(): PurgeTargets {
  const list = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean);
  const varnish = list(process.env.VARNISH_PURGE_URLS);
  for (const url of varnish)
    if (!/^https?:\/\//.test(url))
      throw new Error(`VARNISH_PURGE_URLS must hold http(s) URLs such as "http://127.0.0.1:6081/" (got "${url}").`);
  const serviceId = process.env.FASTLY_SERVICE_ID?.trim();
  const token = process.env.FASTLY_API_TOKEN?.trim();
  return {
    varnish,
    webhook: process.env.PURGE_WEBHOOK_URL?.trim() || null,
    fastly: serviceId && token ? { serviceId, token } : null,
  };
}
