// Requests the origin server refuses before Next sees them. They live here, not in a cache in
// front, so `npm run dev`, `npm start` and a deployment behind Varnish or a CDN refuse alike.
import type { IncomingMessage } from "node:http";
import { IMAGE_UPLOAD_MAX_BYTES, MULTIPART_ENVELOPE_BYTES, WXR_UPLOAD_MAX_BYTES } from "../lib/upload-limits";

const FORM_TYPES = /^(?:application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;
// The editor's image uploads, profile photos and WordPress exports for import: the only bodies
// allowed past the 2 MB limit, with room for the multipart envelope. The handlers cap the body.
const UPLOAD_PATH = /^\/(?:dashboard\/media\/upload|account\/photo)(?:\?|$)/;
const WXR_UPLOAD_PATH = /^\/api\/wordpress-import(?:\?|$)/;
export const BODY_MAX_BYTES = 2 * 1024 * 1024;
const UPLOAD_MAX_BYTES = IMAGE_UPLOAD_MAX_BYTES + MULTIPART_ENVELOPE_BYTES;
/** Longer request targets are answered 414 (a search box's longest query fits several times). */
export const URL_MAX_LENGTH = 32 * 1024;

/**
 * Cross-site request forgery: a state-changing request must come from this site. Browsers
 * send Origin with every POST; a form-encoded request or a server action without one is
 * refused too (nothing legitimate sends those). JSON requests without Origin come from
 * non-browser clients, which hold no victim's cookies. Auth.js checks its own CSRF token.
 */
export function isCrossSite(req: IncomingMessage): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  if ((req.url ?? "").startsWith("/api/auth/")) return false;
  // RFC 8058 one-click unsubscribe comes from mail providers, without Origin; the link is signed.
  if ((req.url ?? "").startsWith("/api/mail/unsubscribe?")) return false;
  const origin = req.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host !== (req.headers["x-forwarded-host"] ?? req.headers.host);
    } catch {
      return true;
    }
  }
  return Boolean(req.headers["next-action"]) || FORM_TYPES.test(String(req.headers["content-type"] ?? ""));
}

/** The largest body this request may carry. */
export function bodyLimitOf(req: IncomingMessage): number {
  if (req.method !== "POST") return BODY_MAX_BYTES;
  if (UPLOAD_PATH.test(req.url ?? "")) return UPLOAD_MAX_BYTES;
  if (WXR_UPLOAD_PATH.test(req.url ?? "")) return WXR_UPLOAD_MAX_BYTES + MULTIPART_ENVELOPE_BYTES;
  return BODY_MAX_BYTES;
}

/** The status to refuse a request with before it reaches Next, or null to let it through. */
export function refusalOf(req: IncomingMessage): 403 | 411 | 413 | 414 | null {
  if ((req.url ?? "").length > URL_MAX_LENGTH) return 414;
  if (isCrossSite(req)) return 403;
  // Browsers send a length with every form and fetch body; a chunked body could only be
  // measured by reading it ahead of Next.
  if (req.headers["transfer-encoding"] && req.headers["content-length"] === undefined) return 411;
  if (Number(req.headers["content-length"] ?? 0) > bodyLimitOf(req)) return 413;
  return null;
}

const DRAIN_MAX_BYTES = 64 * 1024 * 1024;
const DRAIN_MAX_MS = 5_000;

/**
 * Runs `answer` once the request body is read away, within bounds. Clients send the whole body
 * before they read the answer, and closing a connection with unread bytes resets it: the client
 * (or the cache in front) would see a broken connection instead of the refusal.
 */
export function afterBodyDrained(req: IncomingMessage, answer: () => void): void {
  let received = 0;
  let answered = false;
  const finish = () => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    answer();
  };
  const timer = setTimeout(finish, DRAIN_MAX_MS);
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > DRAIN_MAX_BYTES) finish();
  });
  req.on("end", finish);
  req.on("error", finish);
  if (req.readableEnded || Number(req.headers["content-length"] ?? 0) > DRAIN_MAX_BYTES) finish();
  req.resume();
}
