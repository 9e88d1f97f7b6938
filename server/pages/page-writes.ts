import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { menuItems, pageRevisions, pages, users, type Page, type PageStatus } from "@/db/schema";
import type { PageSaveInput } from "@/lib/page-schema";
import { AppError, forbidden, notFound } from "@/server/http/errors";
import { logActivity, type Tx } from "@/server/activity/activity-log";
import { recordSlug, resolveSlug, withSlugGuard } from "@/server/revisions/slug-rules";
import type { CurrentUser } from "@/server/accounts/session";

// Static pages are the site's own voice (Impressum, Datenschutz): admins only, checked here by
// every function, whatever the action in front of it checked already.

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) cannot manage pages`);
}

export async function loadPage(tx: Tx | typeof db, user: CurrentUser, id: number, lock = false): Promise<Page> {
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
  const row = await loadPage(db, user, id);
  const [saver] = row.updatedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  return { ...row, updatedByName: saver?.name ?? null };
}

/** Publishing and taking back to draft are logged, in the transaction of the save. */
async function logStatusChange(
  tx: Tx,
  user: CurrentUser,
  id: number,
  title: string,
  from: PageStatus | null,
  to: PageStatus,
): Promise<void> {
  if (from === to || (from === null && to === "draft")) return;
  const action = to === "published" ? "page.publish" : "page.unpublish";
  await logActivity(tx, { actorId: user.id, action, subject: { type: "page", id, label: title } });
}

function publication(input: PageSaveInput, current: Page | null) {
  if (input.status === "draft") return { status: "draft" as const, publishedAt: null };
  return { status: "published" as const, publishedAt: current?.publishedAt ?? sql`now()` };
}

export async function createPage(user: CurrentUser, input: PageSaveInput): Promise<{ id: number; slug: string }> {
  assertAdmin(user);
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      const slug = await resolveSlug(tx, "page", input.slug, input.title, null);
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
      await recordSlug(tx, "page", row.id, slug, null);
      await logStatusChange(tx, user, row.id, input.title, null, input.status);
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
      const current = await loadPage(tx, user, id, true);
      const slug = await resolveSlug(tx, "page", input.slug, input.title, id);
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
      await recordSlug(tx, "page", id, slug, current.slug);
      await logStatusChange(tx, user, id, input.title, current.status, input.status);
      return { id, slug };
    }),
  );
}

export async function unpublishPage(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadPage(tx, user, id, true);
    await tx.update(pages).set({ status: "draft", publishedAt: null }).where(eq(pages.id, id));
    await logStatusChange(tx, user, id, current.title, current.status, "draft");
  });
}

/** Deletes a page with its revisions and old slugs; menu items pointing at it go too. */
export async function deletePage(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadPage(tx, user, id, true);
    await tx.delete(menuItems).where(and(eq(menuItems.target, "page"), eq(menuItems.targetId, id)));
    await tx.delete(pages).where(eq(pages.id, id));
    await logActivity(tx, {
      actorId: user.id,
      action: "page.delete",
      subject: { type: "page", id, label: current.title },
    });
  });
}

/** Restores an earlier version as a new save (undoable); the status stays, a slug taken since stays current. */
export async function restorePageRevision(user: CurrentUser, pageId: number, revisionId: number) {
  const current = await loadPage(db, user, pageId);
  const [revision] = await db
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.id, revisionId), eq(pageRevisions.pageId, pageId)));
  if (!revision) throw notFound(`revision ${revisionId} of page ${pageId}`);
  let slug = revision.slug;
  try {
    await resolveSlug(db, "page", slug, revision.title, pageId);
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
