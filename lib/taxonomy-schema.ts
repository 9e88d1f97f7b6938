import { z } from "zod";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";

// Category and tag forms (dashboard, admins). Messages are keys of lib/i18n/de.ts.
export const taxonomySchema = z.object({
  name: z.string().trim().min(1, "taxonomy.errors.nameRequired").max(100, "taxonomy.errors.nameTooLong"),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX_LENGTH, "taxonomy.errors.slugInvalid")
    .refine((s) => s === "" || SLUG_PATTERN.test(s), "taxonomy.errors.slugInvalid"),
  description: z.string().trim().max(1000, "taxonomy.errors.descriptionTooLong").optional().default(""),
});

export const deleteCategorySchema = z.object({ moveTo: z.string().optional().default("") });

export type TaxonomyInput = z.output<typeof taxonomySchema>;
export const TAXONOMY_FIELD_ERRORS: Record<string, string> = {
  "taxonomy.errors.slugTaken": "slug",
  "taxonomy.errors.moveSame": "moveTo",
  "taxonomy.errors.notEmpty": "moveTo",
};
