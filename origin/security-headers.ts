// Headers for every response the site sends, error pages included.
import type { OutgoingHttpHeaders } from "node:http";

/**
 * Scripts run only with the page's nonce. Next marks its own inline scripts with the nonce it
 * finds in the request's CSP header (the front server puts it there), so an injected inline
 * script, which cannot know the nonce, is blocked. Styles: Next inlines font CSS, so 'self'
 * plus inline styles (which cannot run code). Images: Gravatar too, which pages reference only
 * when an admin turned it on (server/site/avatars.ts); allowing the host alone sends nothing.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://gravatar.com https://*.gravatar.com",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: { https: boolean }): OutgoingHttpHeaders {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
