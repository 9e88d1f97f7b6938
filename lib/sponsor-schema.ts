import { z } from "zod";
import { SPONSOR_TEXT_MAX_LENGTH, SPONSOR_TITLE_MAX_LENGTH } from "./limits";
import { parseLocalDateTime } from "./zoned-time";
import { env } from "./env";

// The sponsor form (dashboard, admins). Times are datetime-local values in SITE_TIMEZONE.
const webUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(500, message)
    .refine((v) => {
      try {
        return ["http:", "https:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, message);

const when = z
  .string()
  .trim()
  .optional()
  .default("")
  .transform((v, ctx) => {
    if (!v) return null;
    const date = parseLocalDateTime(v, env().SITE_TIMEZONE);
    if (!date) ctx.addIssue({ code: "custom", message: "sponsorAdmin.errors.dateInvalid" });
    return date;
  });

export const sponsorSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, "sponsorAdmin.errors.titleRequired")
      .max(SPONSOR_TITLE_MAX_LENGTH, "sponsorAdmin.errors.titleRequired"),
    text: z.string().trim().max(SPONSOR_TEXT_MAX_LENGTH, "sponsorAdmin.errors.textTooLong").optional().default(""),
    url: webUrl("sponsorAdmin.errors.urlInvalid"),
    imageUrl: z
      .string()
      .trim()
      .max(500, "sponsorAdmin.errors.imageInvalid")
      .optional()
      .default("")
      .refine(
        (v) => v === "" || /^(?:\/media\/[a-z0-9][a-z0-9.-]*|https:\/\/\S+)$/.test(v),
        "sponsorAdmin.errors.imageInvalid",
      ),
    position: z.enum(["header", "sidebar", "below_article"], "sponsorAdmin.errors.titleRequired"),
    activeFrom: when,
    activeTo: when,
    sortOrder: z.coerce.number("sponsorAdmin.errors.titleRequired").int().min(-1000).max(1000).catch(0),
  })
  .refine((s) => !s.activeFrom || !s.activeTo || s.activeFrom < s.activeTo, {
    path: ["activeTo"],
    message: "sponsorAdmin.errors.rangeInvalid",
  });

export type SponsorInput = z.output<typeof sponsorSchema>;
export const SPONSOR_FIELDS = ["title", "text", "url", "imageUrl", "position", "activeFrom", "activeTo", "sortOrder"];
