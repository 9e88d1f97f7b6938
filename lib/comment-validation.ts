// Validation of comment text, shared by the comment form, the dashboard and the API.
import { z } from "zod";
import { COMMENT_MAX_LENGTH, COMMENT_MIN_LENGTH } from "./limits";

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
