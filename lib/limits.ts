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

/** Client addresses (abuse rules) are removed after this many days: the default of the dashboard setting. */
export const ADDRESS_RETENTION_DEFAULT_DAYS = 30;
/** At least a day: the longest abuse window (sign-in and mail-link limits) is shorter. */
export const ADDRESS_RETENTION_MIN_DAYS = 1;
export const ADDRESS_RETENTION_MAX_DAYS = 365;
/** How long the mailed link to a guest's comments (export, delete) works; deleting uses it up. */
export const GUEST_DATA_LINK_HOURS = 24;
export const EMAIL_MAX_LENGTH = 254;
