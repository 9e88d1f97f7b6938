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

/** The daily moderation digest lists at most this many waiting comments (the oldest first). */
export const MODERATION_DIGEST_MAX_COMMENTS = 50;
/** When graphile-worker queues the daily moderation digests (cron syntax, UTC). */
export const MODERATION_DIGEST_CRON = "0 6 * * *";
/** How long an address confirmation link works. */
export const EMAIL_CONFIRMATION_TTL_HOURS = 48;
/** The media library (/dashboard/media): images a page, and what an image's texts may hold. */
export const MEDIA_PER_PAGE = 20;
export const MEDIA_PICKER_SIZE = 24;
export const MEDIA_ALT_MAX_LENGTH = 300;
export const MEDIA_CAPTION_MAX_LENGTH = 500;
/** An author's bio (plain text, links recognised as in comments). */
export const BIO_MAX_LENGTH = 1000;
/** Entries per page of the activity log (/dashboard/activity). */
export const ACTIVITY_PAGE_SIZE = 50;
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
/** A reader's own words beside the reason of a report ("Melden"). */
export const REPORT_NOTE_MAX_LENGTH = 500;
/** Reports from different readers that hold a comment for moderation, unless the site sets another number. */
export const REPORT_THRESHOLD_DEFAULT = 3;
/** Client addresses (abuse rules) are removed after this many days: the default of the dashboard setting. */
export const ADDRESS_RETENTION_DEFAULT_DAYS = 30;
/** At least a day: the longest abuse window (sign-in and mail-link limits) is shorter. */
export const ADDRESS_RETENTION_MIN_DAYS = 1;
export const ADDRESS_RETENTION_MAX_DAYS = 365;
/** How long the mailed link to a guest's comments (export, delete) works; deleting uses it up. */
export const GUEST_DATA_LINK_HOURS = 24;
export const EMAIL_MAX_LENGTH = 254;
