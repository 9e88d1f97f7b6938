// The site's public origin as configured (AUTH_URL, else SITE_URL), or null. Links that leave
// the request — magic links, redirects after sign-in — use it rather than the Host header,
// which the client controls and which Next may report as "localhost" behind a proxy.
export function publicOrigin(): string | null {
  const configured = process.env.AUTH_URL?.trim() || process.env.SITE_URL?.trim();
  if (!configured) return null;
  try {
    return new URL(configured).origin;
  } catch {
    return null;
  }
}
