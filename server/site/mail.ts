import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { publicOrigin } from "@/server/http/public-origin";
import { siteUrlOf } from "@/server/mail/enrich";
import { enqueueMail } from "@/server/mail/outbox";

/**
 * The link points at the configured public origin (AUTH_URL, else SITE_URL) when there is
 * one: Auth.js otherwise builds it from the request's Host header, which whoever asks for
 * the link controls — a forged Host would mail the victim a valid token on someone else's site.
 */
export function publicLink(url: string): string {
  const origin = publicOrigin();
  if (!origin) return url;
  const link = new URL(url);
  return `${origin}${link.pathname}${link.search}`;
}

/** A link to a path of the site, never built from the request. */
export const siteLink = siteUrlOf;

/**
 * Auth.js's email provider calls this after storing the sign-in token: the link goes into the
 * outbox (server/mail), which the worker delivers; the row loses the link once sent.
 */
export async function sendMagicLink(params: { identifier: string; url: string }) {
  const url = publicLink(params.url);
  const event = createHash("sha256").update(url).digest("hex").slice(0, 32);
  await enqueueMail(db, {
    kind: "sign-in-link",
    eventKey: `sign-in-link:${event}`,
    to: params.identifier,
    data: { url },
  });
}

/**
 * Tells the owner of an address that someone tried to open an account with it (sign-up
 * answers as if it had worked, see server/accounts/sign-in.ts). At most one such mail an hour
 * per address (the event key), however many attempts come from however many addresses.
 */
export async function sendSignUpAttemptNotice(email: string): Promise<void> {
  const hour = new Date().toISOString().slice(0, 13);
  await enqueueMail(db, {
    kind: "sign-up-notice",
    eventKey: `sign-up-notice:${hour}`,
    to: email,
    data: { url: siteLink("/signin") },
  });
}
