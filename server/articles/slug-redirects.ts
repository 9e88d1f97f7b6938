import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articles,
  articleSlugRedirects,
  categories,
  isPubliclyVisible,
  tags,
  taxonomySlugRedirects,
  type TaxonomyKind,
} from "@/db/schema";

// Old slugs → current ones, for the reader pages' permanent redirects. Every old slug points
// at the article (or category, tag) itself, so any number of renames is one hop. Pages ask
// only after the slug matched nothing current: a slug taken again by something new wins.

/** The current slug of the visible article that once had `oldSlug`, or null. */
export async function findArticleRedirect(oldSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.oldSlug, oldSlug), isPubliclyVisible))
    .limit(1);
  return row && row.slug !== oldSlug ? row.slug : null;
}

export async function findTaxonomyRedirect(kind: TaxonomyKind, oldSlug: string): Promise<string | null> {
  const table = kind === "category" ? categories : tags;
  const [row] = await db
    .select({ slug: table.slug })
    .from(taxonomySlugRedirects)
    .innerJoin(table, eq(table.id, taxonomySlugRedirects.targetId))
    .where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.oldSlug, oldSlug)))
    .limit(1);
  return row && row.slug !== oldSlug ? row.slug : null;
}
