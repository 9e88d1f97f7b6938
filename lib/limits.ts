// Lengths and windows that a form's attributes, its schema and the domain all enforce: defined
// once here, free of zod, so client components can import them without the schema code.

export const NAME_MAX_LENGTH = 80;
export const BAN_REASON_MAX_LENGTH = 500;
export const TITLE_MAX_LENGTH = 200;
export const SPONSOR_TITLE_MAX_LENGTH = 200;
export const SPONSOR_TEXT_MAX_LENGTH = 500;

export const COMMENT_MIN_LENGTH = 2;
export const COMMENT_MAX_LENGTH = 5000;
/** What a comment post may carry before normalisation (whitespace runs, controls) shortens it. */
export const COMMENT_RAW_MAX_LENGTH = 100_000;
/** A commenter may correct or delete their own text for this long after posting. */
export const OWN_COMMENT_EDIT_MINUTES = 10;
export const OWN_COMMENT_EDIT_WINDOW_MS = OWN_COMMENT_EDIT_MINUTES * 60_000;

/** A reader's own words beside the reason of a report ("Melden"). */
export const REPORT_NOTE_MAX_LENGTH = 500;
/** Reports from different readers that hold a comment for moderation, unless the site sets another number. */
export const REPORT_THRESHOLD_DEFAULT = 3;
