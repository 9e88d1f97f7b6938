import { z } from "zod";
import { BODY_MAX_LENGTH, COVER_PATTERN, EXCERPT_MAX_LENGTH, previewSchema, TITLE_MAX_LENGTH } from "./article-schema";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";

// What the page editor posts: the article editor's fields without category, tags, comments
// and scheduling. Pages live at /<slug>, so a slug must not be a route of its own.

/**
 * First path segments that belong to routes, WordPress's old addresses (answered by
 * app/(site)/[...legacy]) or files: a page there would be shadowed or shadow them.
 * lib/page-schema.test.ts checks that every top-level folder of app/ is listed.
 */
export const RESERVED_PAGE_SLUGS = new Set([
  "account",
  "api",
  "archive",
  "atom-xml",
  "author",
  "avatars",
  "c",
  "category",
  "comments",
  "dashboard",
  "feed",
  "feed-xml",
  "icon-svg",
  "media",
  "meine-daten",
  "next",
  "page",
  "posts",
  "robots-txt",
  "search",
  "seite",
  "signin",
  "signup",
  "sitemap-xml",
  "sitemaps",
  "tag",
  "unsubscribe",
  "wp-admin",
  "wp-content",
  "wp-includes",
  "wp-json",
  "wp-login",
  "xmlrpc",
]);

/** Reserved, or all digits (WordPress's /<year>/ and /?p=<id> live there). */
export function isReservedPageSlug(slug: string): boolean {
  return RESERVED_PAGE_SLUGS.has(slug) || /^\d+$/.test(slug);
}

const savePageSchema = z.object({
  intent: z.literal("save"),
  title: z.string().trim().min(1, "editor.errors.titleRequired").max(TITLE_MAX_LENGTH, "editor.errors.titleTooLong"),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX_LENGTH, "editor.errors.slugTooLong")
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "editor.errors.slugInvalid")
    .refine((s) => !isReservedPageSlug(s), "pages.errors.slugReserved"),
  excerpt: z.string().trim().max(EXCERPT_MAX_LENGTH, "editor.errors.excerptTooLong"),
  body: z.string().max(BODY_MAX_LENGTH, "editor.errors.bodyTooLong"),
  coverImage: z
    .string()
    .trim()
    .max(500, "editor.errors.coverInvalid")
    .refine((v) => v === "" || COVER_PATTERN.test(v), "editor.errors.coverInvalid"),
  status: z.enum(["draft", "published"], "editor.errors.statusInvalid"),
});

export const pageFormSchema = z.preprocess(
  (raw) => ({ intent: "save", ...(raw as Record<string, unknown>) }),
  z.discriminatedUnion("intent", [previewSchema, savePageSchema]),
);

export type PageSaveInput = Omit<z.output<typeof savePageSchema>, "intent">;

export const PAGE_FIELDS = ["title", "slug", "excerpt", "body", "coverImage", "status"] as const;

export const PAGE_FIELD_ERRORS: Record<string, string> = {
  "editor.errors.slugTaken": "slug",
  "pages.errors.slugReserved": "slug",
};
