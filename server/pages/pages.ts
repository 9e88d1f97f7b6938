import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { pages, pageSlugRedirects } from "@/db/schema";

// Reader-facing reads of static pages: published ones only.

export type PublicPage = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  coverImage: string | null;
  updatedAt: Date;
};

const published = eq(pages.status, "published");

export async function getPublishedPageBySlug(slug: string): Promise<PublicPage | null> {
  const [row] = await db
    .select({
      id: pages.id,
      slug: pages.slug,
      title: pages.title,
      excerpt: pages.excerpt,
      body: pages.body,
      coverImage: pages.coverImage,
      updatedAt: pages.updatedAt,
    })
    .from(pages)
    .where(and(eq(pages.slug, slug), published));
  return row ?? null;
}

/** The current slug of the published page that once had `oldSlug`, or null. */
export async function findPageRedirect(oldSlug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: pages.slug })
    .from(pageSlugRedirects)
    .innerJoin(pages, eq(pages.id, pageSlugRedirects.pageId))
    .where(and(eq(pageSlugRedirects.oldSlug, oldSlug), published));
  return row && row.slug !== oldSlug ? row.slug : null;
}

export const LEGAL_PAGE_KEYS = ["impressum", "datenschutz"] as const;
export type LegalPageKey = (typeof LEGAL_PAGE_KEYS)[number];

/** The legal pages and whether each is published; a deleted one counts as missing. */
export async function legalPageStatus(): Promise<Record<LegalPageKey, { id: number; published: boolean } | null>> {
  const rows = await db
    .select({ id: pages.id, key: pages.systemKey, status: pages.status })
    .from(pages)
    .where(and(isNotNull(pages.systemKey), inArray(pages.systemKey, [...LEGAL_PAGE_KEYS])));
  const result: Record<LegalPageKey, { id: number; published: boolean } | null> = {
    impressum: null,
    datenschutz: null,
  };
  for (const row of rows) result[row.key as LegalPageKey] = { id: row.id, published: row.status === "published" };
  return result;
}

/** Where the privacy notice is read (comment and sign-up forms link it), or null while unpublished. */
export async function privacyPagePath(): Promise<string | null> {
  const [row] = await db
    .select({ slug: pages.slug })
    .from(pages)
    .where(and(eq(pages.systemKey, "datenschutz"), published));
  return row ? `/${row.slug}` : null;
}

/** Published pages for the sitemap and menus' choices: slug and last change. */
export async function listPublishedPages(): Promise<{ id: number; slug: string; title: string }[]> {
  return db
    .select({ id: pages.id, slug: pages.slug, title: pages.title })
    .from(pages)
    .where(published)
    .orderBy(sql`lower(${pages.title})`);
}
