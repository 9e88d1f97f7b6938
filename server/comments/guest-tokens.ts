import "server-only";
// Signed values a guest carries instead of a session: the form's render time (minimum fill
// time), the link that shows her held comment to her alone, and her email confirmation link.
// Each is an HMAC under AUTH_SECRET with a purpose prefix, so one can never pass for another.
import { createHmac, timingSafeEqual } from "node:crypto";
import { GUEST_CONFIRM_LINK_DAYS, GUEST_FORM_MAX_AGE_HOURS, GUEST_PENDING_VIEW_MINUTES } from "@/lib/limits";
import { getMailSigningSecret } from "@/lib/site";

const sign = (purpose: string, payload: string) =>
  createHmac("sha256", getMailSigningSecret()).update(`${purpose}:${payload}`).digest("base64url");

function verify(purpose: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `<ms>.<signature>`: when the form was rendered. Identical for every reader of a cached page. */
export function signFormTime(now = Date.now()): string {
  return `${now}.${sign("guest-form", String(now))}`;
}

/** Seconds since the form was rendered, or null when the value is forged, garbled or too old. */
export function formAgeSeconds(token: string, now = Date.now()): number | null {
  const match = /^(\d{1,15})\.([\w-]{10,100})$/.exec(token);
  if (!match || !verify("guest-form", match[1], match[2])) return null;
  const age = (now - Number(match[1])) / 1000;
  return age < -60 || age > GUEST_FORM_MAX_AGE_HOURS * 3600 ? null : age;
}

/** `<commentId>.<expiry ms>.<signature>`: shows the held comment to whoever has the link (only the poster). */
export function signPendingView(commentId: number, now = Date.now()): string {
  const payload = `${commentId}.${now + GUEST_PENDING_VIEW_MINUTES * 60_000}`;
  return `${payload}.${sign("guest-pending", payload)}`;
}

export function pendingViewComment(token: unknown, now = Date.now()): number | null {
  if (typeof token !== "string") return null;
  const match = /^(\d{1,10})\.(\d{1,15})\.([\w-]{10,100})$/.exec(token);
  if (!match || !verify("guest-pending", `${match[1]}.${match[2]}`, match[3])) return null;
  return Number(match[2]) > now ? Number(match[1]) : null;
}

/** Query string of the confirmation link for an email address. */
export function signEmailConfirmation(email: string, now = Date.now()): string {
  const expires = now + GUEST_CONFIRM_LINK_DAYS * 86_400_000;
  const params = new URLSearchParams({ e: email, x: String(expires), s: sign("guest-confirm", `${email}.${expires}`) });
  return params.toString();
}

export function confirmedEmail(email: string, expires: string, signature: string, now = Date.now()): string | null {
  if (!/^\d{1,15}$/.test(expires) || Number(expires) <= now) return null;
  return verify("guest-confirm", `${email}.${expires}`, signature) ? email : null;
}
