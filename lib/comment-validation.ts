// Validation of comment text, shared by the comment form, the dashboard and the API.
import { z } from "zod";
import { normaliseEmail } from "./email";
import {
  COMMENT_MAX_LENGTH,
  COMMENT_MIN_LENGTH,
  GUEST_EMAIL_MAX_LENGTH,
  GUEST_NAME_MAX_LENGTH,
  GUEST_URL_MAX_LENGTH,
} from "./limits";

export { COMMENT_MAX_LENGTH, COMMENT_MIN_LENGTH };

/** The key a comment form or client sends so that a retried post is stored once. */
export const idempotencyKeySchema = z
  .string()
  .min(8, "commentError.invalid")
  .max(100, "commentError.invalid")
  .regex(/^[A-Za-z0-9_-]+$/, "commentError.invalid");

export type CommentBodyResult = { ok: true; body: string } | { ok: false; error: "empty" | "too_short" | "too_long" };

// C0 controls except tab and newline, DEL, C1 controls, and lone surrogates' replacement
// are dropped: they render as nothing or garbage and can hide text from moderators.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2028\u2029\uFEFF]/g;

export function normaliseCommentBody(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL_CHARACTERS, "")
    .replace(/\t/g, " ")
    .replace(/[ \u00A0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .normalize("NFC");
}

export function validateCommentBody(raw: string): CommentBodyResult {
  const body = normaliseCommentBody(raw);
  if (body.length === 0) return { ok: false, error: "empty" };
  // Length in code points, as a reader counts characters (an emoji is one).
  const length = [...body].length;
  if (length < COMMENT_MIN_LENGTH) return { ok: false, error: "too_short" };
  if (length > COMMENT_MAX_LENGTH) return { ok: false, error: "too_long" };
  return { ok: true, body };
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+/gi;

export function countLinks(body: string): number {
  return body.match(URL_PATTERN)?.length ?? 0;
}

export type GuestIdentity = { name: string; email: string; url: string | null };
export type GuestIdentityResult =
  | { ok: true; guest: GuestIdentity }
  | {
      ok: false;
      errors: Partial<Record<"name" | "email" | "url", "guestError.name" | "guestError.email" | "guestError.url">>;
    };

/** A guest's name, email (stored lower-case, never shown) and optional website (http(s) only, as the link it becomes). */
export function validateGuestIdentity(raw: { name: string; email: string; url: string }): GuestIdentityResult {
  const name = raw.name.replace(CONTROL_CHARACTERS, "").replace(/\s+/g, " ").trim().normalize("NFC");
  const email = raw.email.length <= GUEST_EMAIL_MAX_LENGTH ? normaliseEmail(raw.email) : null;
  const url = webAddress(raw.url);
  const errors: Extract<GuestIdentityResult, { ok: false }>["errors"] = {};
  if (name.length === 0 || [...name].length > GUEST_NAME_MAX_LENGTH) errors.name = "guestError.name";
  if (!email?.ok) errors.email = "guestError.email";
  if (url === undefined) errors.url = "guestError.url";
  if (Object.keys(errors).length > 0 || !email?.ok || url === undefined) return { ok: false, errors };
  return { ok: true, guest: { name, email: email.email, url } };
}

/** Null for an empty field, undefined for one that is no http(s) address. */
function webAddress(raw: string): string | null | undefined {
  const text = raw.trim();
  if (text === "") return null;
  if (text.length > GUEST_URL_MAX_LENGTH) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".")
      ? url.toString()
      : undefined;
  } catch {
    return undefined;
  }
}
