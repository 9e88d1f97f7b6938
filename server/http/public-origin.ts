import { env } from "@/lib/env";

// The site's public origin as configured (AUTH_URL, else SITE_URL), or null. Links that leave
// the request — magic links, redirects after sign-in — use it rather than the Host header,
// which the client controls and which Next may report as "localhost" behind a proxy.
export function publicOrigin(): string | null {
  const { AUTH_URL, SITE_URL } = env();
  const configured = AUTH_URL ?? SITE_URL;
  return configured ? new URL(configured).origin : null;
}
