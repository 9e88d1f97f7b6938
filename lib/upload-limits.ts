// Body sizes the origin lets through (origin/request-guards.ts) and the route handlers enforce
// again while reading: one number for both, so they cannot drift apart.

/** An editor's image upload (app/dashboard/media/upload/route.ts) or a profile photo (app/account/photo/route.ts). */
export const IMAGE_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** A WordPress export uploaded for import (app/api/wordpress-import/route.ts): streamed to a temporary file. */
export const WXR_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;
/** Room for the multipart envelope around the file (boundaries, part headers, the form's fields). */
export const MULTIPART_ENVELOPE_BYTES = 256 * 1024;
