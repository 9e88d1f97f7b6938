import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";
import { parseLocalDateTime } from "./zoned-time";
import { TITLE_MAX_LENGTH } from "./limits";
import { env } from "./env";

// What the article editor posts. Messages are keys of lib/i18n/de.ts (server/http/action.ts
// translates them). A "preview" post only needs the body: it must work on a half-written form.

export { TITLE_MAX_LENGTH };
export const EXCERPT_MAX_LENGTH = 1000;
export const BODY_MAX_LENGTH = 200_000;
export const TAGS_MAX = 20;

// Only our own uploads or https URLs are ever a cover.
export const COVER_PATTERN = /^(?:\/media\/[a-z0-9][a-z0-9.-]*|https:\/\/\S+)$/;

const body = z.string().max(BODY_MAX_LENGTH, "editor.errors.bodyTooLong");

export const previewSchema = z.object({ intent: z.literal("preview"), body });

const saveSchema = z
  .object({
    intent: z.literal("save"),
    title: z.string().trim().min(1, "editor.errors.titleRequired").max(TITLE_MAX_LENGTH, "editor.errors.titleTooLong"),
    slug: z
      .string()
      .trim()
      .max(SLUG_MAX_LENGTH, "editor.errors.slugTooLong")
      .refine((s) => s === "" || SLUG_PATTERN.test(s), "editor.errors.slugInvalid"),
    excerpt: z.string().trim().max(EXCERPT_MAX_LENGTH, "editor.errors.excerptTooLong"),
    body,
    categoryId: z.coerce
      .number("editor.errors.categoryRequired")
      .int("editor.errors.categoryRequired")
      .positive("editor.errors.categoryRequired"),
    tags: z
      .string()
      .max(1000, "editor.errors.tagsInvalid")
      .transform((v) => [
        ...new Map(
          v
            .split(",")
            .map((s) => s.trim().replace(/\s+/g, " "))
            .filter(Boolean)
            .map((s) => [s.toLowerCase(), s.slice(0, 60)]),
        ).values(),
      ])
      .refine((list) => list.length <= TAGS_MAX, "editor.errors.tooManyTags"),
    coverImage: z
      .string()
      .trim()
      .max(500, "editor.errors.coverInvalid")
      .refine((v) => v === "" || COVER_PATTERN.test(v), "editor.errors.coverInvalid"),
    commentsOpen: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
    status: z.enum(["draft", "published", "scheduled"], "editor.errors.statusInvalid"),
    scheduledAt: z.string().max(40).optional().default(""),
  })
  .transform((input, ctx) => {
    let scheduledFor: Date | null = null;
    if (input.status === "scheduled") {
      scheduledFor = parseLocalDateTime(input.scheduledAt, env().SITE_TIMEZONE);
      if (!scheduledFor) {
        ctx.addIssue({ code: "custom", path: ["scheduledAt"], message: "editor.errors.scheduleRequired" });
        return z.NEVER;
      }
    }
    return { ...input, scheduledFor };
  });

export const articleFormSchema = z.preprocess(
  (raw) => ({ intent: "save", ...(raw as Record<string, unknown>) }),
  z.discriminatedUnion("intent", [previewSchema, saveSchema]),
);

export type ArticleSaveInput = Omit<z.output<typeof saveSchema>, "intent" | "scheduledAt">;

export const ARTICLE_FIELDS = [
  "title",
  "slug",
  "excerpt",
  "body",
  "categoryId",
  "tags",
  "coverImage",
  "commentsOpen",
  "status",
  "scheduledAt",
] as const;

/** Domain errors (message keys) that belong next to a field. */
export const ARTICLE_FIELD_ERRORS: Record<string, string> = {
  "editor.errors.slugTaken": "slug",
  "editor.errors.scheduleInPast": "scheduledAt",
  "editor.errors.categoryRequired": "categoryId",
};
