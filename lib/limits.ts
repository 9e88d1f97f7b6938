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

/** Guest comments (README "Guest comments"): the fields' lengths. */
export const GUEST_NAME_MAX_LENGTH = 80;
export const GUEST_EMAIL_MAX_LENGTH = 254;
export const GUEST_URL_MAX_LENGTH = 200;
/** A guest form sent sooner than this after it was rendered comes from a bot. */
export const GUEST_MIN_FILL_SECONDS = 3;
/** A guest form older than this is refused (kept text, fresh form): cached pages live a day. */
export const GUEST_FORM_MAX_AGE_HOURS = 48;
/** How long the link after posting shows a guest her held comment. */
export const GUEST_PENDING_VIEW_MINUTES = 60;
/** How long the link that confirms a guest's email address works. */
export const GUEST_CONFIRM_LINK_DAYS = 7;
