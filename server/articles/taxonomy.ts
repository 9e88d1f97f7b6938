import "server-only";
import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articles,
  articleTags,
  categories,
  menuItems,
  tags,
  taxonomySlugRedirects,
  type TaxonomyKind,
} from "@/db/schema";
import { slugify } from "@/lib/slug";
import type { TaxonomyInput } from "@/lib/taxonomy-schema";
import { conflict, forbidden, invalid, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// Categories and tags, managed by admins. A changed slug leaves a redirect behind
// (taxonomy_slug_redirects), as article slugs do.

export type TaxonomyRow = { id: number; name: string; slug: string; description: string | null; articleCount: number };
type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) manages taxonomy`);
}

const tableOf = (kind: TaxonomyKind) => (kind === "category" ? categories : tags);

export async function listTaxonomy(user: CurrentUser, kind: TaxonomyKind): Promise<TaxonomyRow[]> {
  assertAdmin(user);
  if (kind === "category") {
    return db
      .select({
        id: categories.id,
        name: categories.name,
        slug: categories.slug,
        description: categories.description,
        articleCount: count(articles.id),
      })
      .from(categories)
      .leftJoin(articles, eq(articles.categoryId, categories.id))
      .groupBy(categories.id)
      .orderBy(asc(categories.position), asc(categories.name));
  }
  return db
    .select({
      id: tags.id,
      name: tags.name,
      slug: tags.slug,
      description: sql<string | null>`null`,
      articleCount: count(articleTags.articleId),
    })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(asc(tags.name));
}

async function freeSlug(tx: Tx, kind: TaxonomyKind, input: TaxonomyInput, id: number | null): Promise<string> {
  const table = tableOf(kind);
  const slug = input.slug || slugify(input.name) || (kind === "category" ? "kategorie" : "schlagwort");
  const [taken] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.slug, slug), id === null ? undefined : ne(table.id, id)));
  if (taken) throw conflict("taxonomy.errors.slugTaken", `${kind} slug ${slug}`);
  return slug;
}

export async function createTaxonomy(user: CurrentUser, kind: TaxonomyKind, input: TaxonomyInput): Promise<void> {
  assertAdmin(user);
  await db.transaction(async (tx) => {
    const slug = await freeSlug(tx, kind, input, null);
    if (kind === "category")
      await tx.insert(categories).values({ name: input.name, slug, description: input.description || null });
    else await tx.insert(tags).values({ name: input.name, slug });
    // The slug is this one's now, whatever it redirected to before.
    await tx
      .delete(taxonomySlugRedirects)
      .where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.oldSlug, slug)));
  });
}

export async function updateTaxonomy(
  user: CurrentUser,
  kind: TaxonomyKind,
  id: number,
  input: TaxonomyInput,
): Promise<void> {
  assertAdmin(user);
  const table = tableOf(kind);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ slug: table.slug }).from(table).where(eq(table.id, id)).for("update");
    if (!current) throw notFound(`${kind} ${id}`);
    const slug = input.slug ? await freeSlug(tx, kind, input, id) : current.slug;
    if (kind === "category")
      await tx
        .update(categories)
        .set({ name: input.name, slug, description: input.description || null })
        .where(eq(categories.id, id));
    else await tx.update(tags).set({ name: input.name, slug }).where(eq(tags.id, id));
    if (slug !== current.slug) {
      await tx
        .delete(taxonomySlugRedirects)
        .where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.oldSlug, slug)));
      await tx
        .insert(taxonomySlugRedirects)
        .values({ kind, oldSlug: current.slug, targetId: id })
        .onConflictDoUpdate({
          target: [taxonomySlugRedirects.kind, taxonomySlugRedirects.oldSlug],
          set: { targetId: id },
        });
    }
  });
}

/**
 * Deletes a category that has no articles, or first moves its articles to `moveTo`. Tags are
 * labels: deleting one takes it off its articles.
 */
export async function deleteTaxonomy(
  user: CurrentUser,
  kind: TaxonomyKind,
  id: number,
  moveTo: number | null,
): Promise<void> {
  assertAdmin(user);
  const table = tableOf(kind);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).for("update");
    if (!current) throw notFound(`${kind} ${id}`);
    if (kind === "category") {
      const [{ n }] = await tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, id));
      if (n > 0) {
        if (moveTo === null) throw invalid("taxonomy.errors.notEmpty", `category ${id} has ${n} articles`);
        if (moveTo === id) throw invalid("taxonomy.errors.moveSame");
        const [target] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, moveTo));
        if (!target) throw notFound(`category ${moveTo}`);
        await tx.update(articles).set({ categoryId: moveTo }).where(eq(articles.categoryId, id));
      }
      await tx.delete(menuItems).where(and(eq(menuItems.target, "category"), eq(menuItems.targetId, id)));
      await tx.delete(categories).where(eq(categories.id, id));
    } else {
      await tx.delete(tags).where(eq(tags.id, id));
    }
    await tx
      .delete(taxonomySlugRedirects)
      .where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.targetId, id)));
  });
}
