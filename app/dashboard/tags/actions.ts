"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { t } from "@/lib/i18n";
import { deleteCategorySchema, TAXONOMY_FIELD_ERRORS, taxonomySchema } from "@/lib/taxonomy-schema";
import { defineAction } from "@/server/http/action";
import { createTaxonomy, deleteTaxonomy, updateTaxonomy } from "@/server/articles/taxonomy";

// Admins only: defineAction checks the role on every call, server/articles/taxonomy.ts again.
const idOf = (value: unknown) => z.coerce.number().int().positive().parse(value);
const PATH = "/dashboard/tags";

export const createTagAction = defineAction({
  name: "create-tag",
  schema: taxonomySchema,
  access: ["admin"],
  keep: ["name", "slug", "description"],
  fieldErrors: TAXONOMY_FIELD_ERRORS,
  async run(input, { user }) {
    await createTaxonomy(user, "tag", input);
    revalidatePath(PATH);
    return { ok: true, message: t("taxonomy.created") };
  },
});

export const updateTagAction = defineAction({
  name: "update-tag",
  schema: taxonomySchema,
  access: ["admin"],
  keep: ["name", "slug", "description"],
  fieldErrors: TAXONOMY_FIELD_ERRORS,
  async run(input, { user }, id: unknown) {
    await updateTaxonomy(user, "tag", idOf(id), input);
    revalidatePath(PATH);
    return { ok: true, message: t("taxonomy.saved") };
  },
});

export const deleteTagAction = defineAction({
  name: "delete-tag",
  schema: deleteCategorySchema,
  access: ["admin"],
  fieldErrors: TAXONOMY_FIELD_ERRORS,
  async run(input, { user }, id: unknown) {
    await deleteTaxonomy(user, "tag", idOf(id), input.moveTo ? idOf(input.moveTo) : null);
    revalidatePath(PATH);
    return { ok: true, message: t("taxonomy.deleted") };
  },
});
