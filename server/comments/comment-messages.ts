import type { ErrorWording } from "@/server/http/action";

/** How the comment form and the comment API word the caller's refusals (see ErrorWording). */
export const COMMENT_MESSAGES: ErrorWording = {
  "errors.banned": "commentError.banned",
  "errors.signInRequired": "commentError.signedOut",
  // The database may be down or slow: the user keeps the text and can simply send it again.
  unexpected: "commentError.unavailable",
};

/** Refusals about the text itself, shown next to the text field. */
export const COMMENT_FIELD_ERRORS: Record<string, string> = {
  "commentError.empty": "body",
  "commentError.too_short": "body",
  "commentError.too_long": "body",
};
