// Publication-wide settings: read them from env() (lib/env.ts); this keeps what derives from them.
import { env } from "./env";

/** `/posts/x` → `https://site.example/posts/x` (SITE_URL, with its base path). */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), `${env().siteUrl}/`).toString();
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
  const vars = env();
  const list = (value: string | undefined) => (value ?? "").split(/[\s,]+/).filter(Boolean);
  const varnish = list(vars.VARNISH_PURGE_URLS);
  for (const url of varnish)
    if (!/^https?:\/\//.test(url))
      throw new Error(`VARNISH_PURGE_URLS must hold http(s) URLs such as "http://127.0.0.1:6081/" (got "${url}").`);
  const serviceId = vars.FASTLY_SERVICE_ID;
  const token = vars.FASTLY_API_TOKEN;
  return {
    varnish,
    webhook: vars.PURGE_WEBHOOK_URL ?? null,
    fastly: serviceId && token ? { serviceId, token } : null,
  };
}

/** The mail server and sender, when both are configured (SMTP_URL, EMAIL_FROM); else null. */
export function getMailSettings(): { smtpUrl: string; from: string } | null {
  return env().mail;
}

/** Tries before an undeliverable mail is given up (MAIL_MAX_ATTEMPTS, default 10: about 3.5 hours of backoff). */
export function getMailMaxAttempts(): number {
  return env().MAIL_MAX_ATTEMPTS;
}

/** MAIL_WORKER=off: `npm start` sends no mail itself; `npm run worker` runs elsewhere. Default: inline. */
export function runsMailWorkerInline(): boolean {
  return env().MAIL_WORKER === "inline";
}

/** Signs links in mails that work without a session (one-click unsubscribe): the site's AUTH_SECRET. */
export function getMailSigningSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: mail links cannot be signed.");
  return secret;
}
