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
