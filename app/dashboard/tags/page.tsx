import type { Metadata } from "next";
import { TaxonomyAdmin } from "@/components/dashboard/taxonomy-admin";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listTaxonomy } from "@/server/articles/taxonomy";
import { createTagAction, deleteTagAction, updateTagAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t("taxonomy.tagsTitle"), robots: { index: false } };
}

export default async function TagAdminPage() {
  const admin = await guardPage(() => requireRole("admin"), "/dashboard/tags");
  const rows = await listTaxonomy(admin, "tag");
  return (
    <TaxonomyAdmin
      kind="tag"
      rows={rows}
      create={createTagAction}
      update={(id) => updateTagAction.bind(null, id)}
      remove={(id) => deleteTagAction.bind(null, id)}
    />
  );
}
