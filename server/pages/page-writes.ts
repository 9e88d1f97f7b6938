import "server-only";
import { and, desc, eq, like, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { menuItems, pageRevisions, pages, pageSlugRedirects, users, type Page } from "@/db/schema";
import { isReservedPageSlug, type PageSaveInput } from "@/lib/page-schema";
import { slugify, withSuffix } from "@/lib/slug";
import { AppError, conflict, forbidden, invalid, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// Static pages are the site's own voice (Impressum, Datenschutz): admins only, checked here by
// every function, whatever the action in front of it checked already.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) cannot manage pages`);
}

async function load(tx: Tx | typeof db, user: CurrentUser, id: number, lock = false): Promise<Page> {
  assertAdmin(user);
  const query = tx.select().from(pages).where(eq(pages.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound(`page ${id}`);
  return row;
}

export type PageListItem = Pick<Page, "id" | "slug" | "title" | "status" | "updatedAt" | "systemKey">;

export async function listPagesForAdmin(user: CurrentUser): Promise<PageListItem[]> {
  assertAdmin(user);
  return db
    .select({
      id: pages.id,
      slug: pages.slug,
      title: pages.title,
      status: pages.status,
      updatedAt: pages.updatedAt,
      systemKey: pages.systemKey,
    })
    .from(pages)
    .orderBy(pages.title, pages.id);
}

export async function getPageForEditing(
  user: CurrentUser,
  id: number,
): Promise<Page & { updatedByName: string | null }> {
  const row = await load(db, user, id);
  const [saver] = row.updatedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  return { ...row, updatedByName: saver?.name ?? null };
}

/** The article rules: an explicit slug must be free, a generated one gets a suffix; reserved ones never. */
async function resolvePageSlug(tx: Tx | typeof db, requested: string, title: string, pageId: number | null) {
  const others = pageId === null ? undefined : ne(pages.id, pageId);
  if (requested) {
    if (isReservedPageSlug(requested)) throw invalid("pages.errors.slugReserved", `slug ${requested}`);
    const [taken] = await tx
      .select({ id: pages.id })
      .from(pages)
      .where(and(eq(pages.slug, requested), others));
    if (taken) throw conflict("editor.errors.slugTaken", `page slug ${requested}`);
    return requested;
  }
  const base = slugify(title) || "seite";
  const escaped = base.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await tx
    .select({ slug: pages.slug })
    .from(pages)
    .where(and(or(eq(pages.slug, base), like(pages.slug, `${escaped}-%`)), others));
  const used = new Set(rows.map((r) => r.slug));
  for (let n = 1; ; n++) {
    const candidate = withSuffix(base, n);
    if (!used.has(candidate) && !isReservedPageSlug(candidate)) return candidate;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause ?? error;
  return (cause as { code?: string })?.code === "23505";
}

async function withSlugGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("editor.errors.slugTaken", String(error));
    throw error;
  }
}

function publication(input: PageSaveInput, current: Page | null) {
  if (input.status === "draft") return { status: "draft" as const, publishedAt: null };
  return { status: "published" as const, publishedAt: current?.publishedAt ?? sql`now()` };
}

export async function createPage(user: CurrentUser, input: PageSaveInput): Promise<{ id: number; slug: string }> {
  assertAdmin(user);
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      const slug = await resolvePageSlug(tx, input.slug, input.title, null);
      const [row] = await tx
        .insert(pages)
        .values({
          slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          coverImage: input.coverImage || null,
          updatedBy: user.id,
          ...publication(input, null),
        })
        .returning({ id: pages.id, slug: pages.slug });
      await tx.delete(pageSlugRedirects).where(eq(pageSlugRedirects.oldSlug, slug));
      return row;
    }),
  );
}

/** Saves over a page: the replaced version becomes a revision, a changed slug a redirect (301). */
export async function updatePage(
  user: CurrentUser,
  id: number,
  input: PageSaveInput,
): Promise<{ id: number; slug: string }> {
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      const current = await load(tx, user, id, true);
      const slug = await resolvePageSlug(tx, input.slug, input.title, id);
      await tx.insert(pageRevisions).values({
        pageId: id,
        title: current.title,
        slug: current.slug,
        excerpt: current.excerpt,
        body: current.body,
        coverImage: current.coverImage,
        savedBy: current.updatedBy,
        savedAt: current.updatedAt,
      });
      await tx
        .update(pages)
        .set({
          slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          coverImage: input.coverImage || null,
          updatedAt: sql`now()`,
          updatedBy: user.id,
          ...publication(input, current),
        })
        .where(eq(pages.id, id));
      if (slug !== current.slug) {
        await tx.delete(pageSlugRedirects).where(eq(pageSlugRedirects.oldSlug, slug));
        await tx
          .insert(pageSlugRedirects)
          .values({ oldSlug: current.slug, pageId: id })
          .onConflictDoUpdate({ target: pageSlugRedirects.oldSlug, set: { pageId: id, createdAt: sql`now()` } });
      }
      return { id, slug };
    }),
  );
}

export async function unpublishPage(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    await load(tx, user, id, true);
    await tx.update(pages).set({ status: "draft", publishedAt: null }).where(eq(pages.id, id));
  });
}

/** Deletes a page with its revisions and old slugs; menu items pointing at it go too. */
export async function deletePage(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    await load(tx, user, id, true);
    await tx.delete(menuItems).where(and(eq(menuItems.target, "page"), eq(menuItems.targetId, id)));
    await tx.delete(pages).where(eq(pages.id, id));
  });
}

export type PageRevisionSummary = { id: number; title: string; savedAt: Date; savedBy: string | null };

export async function listPageRevisions(user: CurrentUser, pageId: number): Promise<PageRevisionSummary[]> {
  await load(db, user, pageId);
  return db
    .select({ id: pageRevisions.id, title: pageRevisions.title, savedAt: pageRevisions.savedAt, savedBy: users.name })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.savedBy))
    .where(eq(pageRevisions.pageId, pageId))
    .orderBy(desc(pageRevisions.savedAt), desc(pageRevisions.id));
}

/** Restores an earlier version as a new save (undoable); the status stays, a slug taken since stays current. */
export async function restorePageRevision(user: CurrentUser, pageId: number, revisionId: number) {
  const current = await load(db, user, pageId);
  const [revision] = await db
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.id, revisionId), eq(pageRevisions.pageId, pageId)));
  if (!revision) throw notFound(`revision ${revisionId} of page ${pageId}`);
  let slug = revision.slug;
  try {
    await resolvePageSlug(db, slug, revision.title, pageId);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    slug = current.slug;
  }
  return updatePage(user, pageId, {
    title: revision.title,
    slug,
    excerpt: revision.excerpt,
    body: revision.body,
    coverImage: revision.coverImage ?? "",
    status: current.status,
  });
}
