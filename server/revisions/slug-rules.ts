import "server-only";
import { and, eq, like, ne, or, sql } from "drizzle-orm";
import { articles, articleSlugRedirects, pages, pageSlugRedirects } from "@/db/schema";
import { isReservedPageSlug } from "@/lib/page-schema";
import { slugify, withSuffix } from "@/lib/slug";
import { conflict, invalid } from "@/server/http/errors";
import type { Tx } from "@/server/activity/activity-log";
import type { db } from "@/db/client";

// Slug rules shared by articles and static pages: an explicit slug must be free (a clear error
// otherwise), a generated one gets the first free numeric suffix; old slugs of others (their
// redirects) do not count, since something new taking one wins over the redirect.

export type Owner = "article" | "page";

const FALLBACK: Record<Owner, string> = { article: "artikel", page: "seite" };

async function slugsLike(tx: Tx | typeof db, owner: Owner, base: string, ownId: number | null): Promise<Set<string>> {
  const escaped = base.replace(/[\\%_]/g, (c) => `\\${c}`);
  const table = owner === "article" ? articles : pages;
  const rows = await tx
    .select({ slug: table.slug })
    .from(table)
    .where(
      and(or(eq(table.slug, base), like(table.slug, `${escaped}-%`)), ownId === null ? undefined : ne(table.id, ownId)),
    );
  return new Set(rows.map((r) => r.slug));
}

export async function resolveSlug(
  tx: Tx | typeof db,
  owner: Owner,
  requested: string,
  title: string,
  ownId: number | null,
): Promise<string> {
  const reserved = (slug: string) => owner === "page" && isReservedPageSlug(slug);
  if (requested) {
    if (reserved(requested)) throw invalid("pages.errors.slugReserved", `slug ${requested}`);
    if ((await slugsLike(tx, owner, requested, ownId)).has(requested))
      throw conflict("editor.errors.slugTaken", `${owner} slug ${requested}`);
    return requested;
  }
  const base = slugify(title) || FALLBACK[owner];
  const used = await slugsLike(tx, owner, base, ownId);
  for (let n = 1; ; n++) {
    const candidate = withSuffix(base, n);
    if (!used.has(candidate) && !reserved(candidate)) return candidate;
  }
}

/** The unique index is the final word on slugs: a concurrent save that took it first is a clash too. */
export async function withSlugGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } })?.cause ?? error;
    if ((cause as { code?: string })?.code === "23505") throw conflict("editor.errors.slugTaken", String(error));
    throw error;
  }
}

/**
 * After a save: the slug is this one's now, whatever it meant before, and a changed slug's old
 * value answers with a permanent redirect (every old slug points at the record itself: one hop).
 */
export async function recordSlug(tx: Tx, owner: Owner, id: number, slug: string, oldSlug: string | null) {
  if (oldSlug === slug) return;
  if (owner === "article") {
    await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.oldSlug, slug));
    if (oldSlug !== null)
      await tx
        .insert(articleSlugRedirects)
        .values({ oldSlug, articleId: id })
        .onConflictDoUpdate({ target: articleSlugRedirects.oldSlug, set: { articleId: id, createdAt: sql`now()` } });
    return;
  }
  await tx.delete(pageSlugRedirects).where(eq(pageSlugRedirects.oldSlug, slug));
  if (oldSlug !== null)
    await tx
      .insert(pageSlugRedirects)
      .values({ oldSlug, pageId: id })
      .onConflictDoUpdate({ target: pageSlugRedirects.oldSlug, set: { pageId: id, createdAt: sql`now()` } });
}
