import type { Metadata } from "next";
import { TaxonomyAdmin } from "@/components/dashboard/taxonomy-admin";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listTaxonomy } from "@/server/articles/taxonomy";
import { createCategoryAction, deleteCategoryAction, updateCategoryAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t("taxonomy.categoriesTitle"), robots: { index: false } };
}

export default async function CategoryAdminPage() {
  const admin = await guardPage(() => requireRole("admin"), "/dashboard/categories");
  const rows = await listTaxonomy(admin, "category");
  return (
    <TaxonomyAdmin
      kind="category"
      rows={rows}
      create={createCategoryAction}
      update={(id) => updateCategoryAction.bind(null, id)}
      remove={(id) => deleteCategoryAction.bind(null, id)}
    />
  );
}
