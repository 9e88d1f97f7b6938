import "server-only";
import { and, asc, eq, inArray, like, ne, notInArray, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articleRevisions,
  articles,
  articleSlugRedirects,
  articleTags,
  categories,
  tags,
  users,
  type Article,
  type ArticleStatus,
} from "@/db/schema";
import type { ArticleSaveInput } from "@/lib/article-schema";
import { slugify, withSuffix } from "@/lib/slug";
import { conflict, forbidden, invalid, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// The editor's writes. Every function takes the caller and checks, itself and inside the
// transaction that writes, that they may: authors their own articles, admins any.

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

export type EditableArticle = {
  id: number;
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: number;
  tags: string;
  coverImage: string | null;
  commentsOpen: boolean;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  /** Who saved the current version. */
  updatedByName: string | null;
};

export type CategoryOption = { id: number; name: string };

function assertWriter(user: CurrentUser): void {
  if (user.role !== "author" && user.role !== "admin")
    throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) cannot write articles`);
}

/** 404 for an unknown article, 403 for someone else's (admins excepted). Locks the row when writing. */
async function loadOwned(tx: Tx | typeof db, user: CurrentUser, id: number, lock: boolean): Promise<Article> {
  assertWriter(user);
  const query = tx.select().from(articles).where(eq(articles.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound(`article ${id}`);
  if (user.role !== "admin" && row.authorId !== user.id)
    throw forbidden("errors.forbidden", `user ${user.id} edits article ${id} of ${row.authorId}`);
  return row;
}

export async function tagNamesOf(tx: Tx | typeof db, articleId: number): Promise<string[]> {
  const rows = await tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}

export async function getArticleForEditing(user: CurrentUser, id: number): Promise<EditableArticle> {
  const row = await loadOwned(db, user, id, false);
  const [saver] = await db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, row.updatedBy ?? row.authorId));
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    excerpt: row.excerpt,
    body: row.body,
    categoryId: row.categoryId,
    tags: (await tagNamesOf(db, id)).join(", "),
    coverImage: row.coverImage,
    commentsOpen: row.commentsOpen,
    status: row.status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    updatedByName: saver?.name ?? null,
  };
}

export async function listCategoryOptions(): Promise<CategoryOption[]> {
  return db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}

/**
 * An explicit slug must be free (a clear error otherwise); a generated one gets the first
 * free numeric suffix. Old slugs of other articles (redirects) do not count: a new article
 * taking one wins over the redirect.
 */
export async function resolveSlug(
  tx: Tx | typeof db,
  requested: string,
  title: string,
  articleId: number | null,
): Promise<string> {
  const others = articleId === null ? undefined : ne(articles.id, articleId);
  if (requested) {
    const [taken] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.slug, requested), others))
      .limit(1);
    if (taken) throw conflict("editor.errors.slugTaken", `slug ${requested}`);
    return requested;
  }
  const base = slugify(title) || "artikel";
  const escaped = base.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await tx
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(or(eq(articles.slug, base), like(articles.slug, `${escaped}-%`)), others));
  const used = new Set(rows.map((r) => r.slug));
  for (let n = 1; ; n++) if (!used.has(withSuffix(base, n))) return withSuffix(base, n);
}

/** Tag ids for the typed names: existing tags by slug, new ones created with generated slugs. */
async function resolveTags(tx: Tx, names: string[]): Promise<number[]> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name);
  }
  if (bySlug.size === 0) return [];
  await tx
    .insert(tags)
    .values([...bySlug].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(inArray(tags.slug, [...bySlug.keys()]));
  return rows.map((r) => r.id);
}

/** Status and publication date after a save. "published" keeps an earlier publication date. */
function publication(
  input: ArticleSaveInput,
  current: Article | null,
  now: Date,
): { status: ArticleStatus; publishedAt: Date | null } {
  if (input.status === "draft") return { status: "draft", publishedAt: null };
  if (input.status === "published") {
    const wasVisible = current && current.status !== "draft" && current.publishedAt && current.publishedAt <= now;
    return { status: "published", publishedAt: wasVisible ? current.publishedAt : now };
  }
  const at = input.scheduledFor!;
  // An unchanged schedule whose time has come stays valid (the article is simply live now).
  const unchanged =
    current?.status === "scheduled" &&
    current.publishedAt &&
    Math.abs(current.publishedAt.getTime() - at.getTime()) < 60_000;
  if (at <= now && !unchanged) throw invalid("editor.errors.scheduleInPast", `scheduled for ${at.toISOString()}`);
  return { status: "scheduled", publishedAt: unchanged ? current.publishedAt : at };
}

async function assertCategory(tx: Tx, categoryId: number): Promise<void> {
  const [row] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!row) throw invalid("editor.errors.categoryRequired", `category ${categoryId}`);
}

/** Only the difference: a save that keeps the tags touches no tag, so it purges no tag pages. */
async function setTags(tx: Tx, articleId: number, names: string[]): Promise<void> {
  const ids = await resolveTags(tx, names);
  await tx
    .delete(articleTags)
    .where(and(eq(articleTags.articleId, articleId), ids.length ? notInArray(articleTags.tagId, ids) : undefined));
  if (ids.length)
    await tx
      .insert(articleTags)
      .values(ids.map((tagId) => ({ articleId, tagId })))
      .onConflictDoNothing();
}

/**
 * The transaction's start, the `now()` that reader queries and the purge triggers compare
 * publication dates with: an article published at the app's clock, a moment later (or ahead),
 * would still be in the future for them, and its publication would purge nothing.
 */
async function transactionTime(tx: Tx): Promise<Date> {
  const [row] = await tx.execute<{ ms: number }>(sql`select (extract(epoch from now()) * 1000)::float8 as ms`);
  return new Date(row.ms);
}

/** The unique index is the final word on slugs: a concurrent save that took it first is a clash too. */
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

export async function createArticle(user: CurrentUser, input: ArticleSaveInput): Promise<{ id: number; slug: string }> {
  assertWriter(user);
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      await assertCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, input.slug, input.title, null);
      const now = await transactionTime(tx);
      const [row] = await tx
        .insert(articles)
        .values({
          slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          categoryId: input.categoryId,
          coverImage: input.coverImage || null,
          commentsOpen: input.commentsOpen,
          authorId: user.id,
          updatedBy: user.id,
          ...publication(input, null, now),
        })
        .returning({ id: articles.id, slug: articles.slug });
      // The slug is this article's now, whatever it meant before.
      await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.oldSlug, slug));
      await setTags(tx, row.id, input.tags);
      return row;
    }),
  );
}

/** Saves over an article: the version it replaces becomes a revision, and a changed slug a redirect. */
export async function updateArticle(
  user: CurrentUser,
  id: number,
  input: ArticleSaveInput,
): Promise<{ id: number; slug: string }> {
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      const current = await loadOwned(tx, user, id, true);
      // Restore it first: a save must not bring an article back from the trash by the way.
      if (current.status === "trash") throw invalid("trash.state", `save of trashed article ${id}`);
      await assertCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, input.slug, input.title, id);
      await tx.insert(articleRevisions).values({
        articleId: id,
        title: current.title,
        slug: current.slug,
        excerpt: current.excerpt,
        body: current.body,
        categoryId: current.categoryId,
        tags: await tagNamesOf(tx, id),
        coverImage: current.coverImage,
        commentsOpen: current.commentsOpen,
        savedBy: current.updatedBy ?? current.authorId,
        savedAt: current.updatedAt,
      });
      const now = await transactionTime(tx);
      await tx
        .update(articles)
        .set({
          slug,
          title: input.title,
          excerpt: input.excerpt,
          body: input.body,
          categoryId: input.categoryId,
          coverImage: input.coverImage || null,
          commentsOpen: input.commentsOpen,
          updatedAt: now,
          updatedBy: user.id,
          ...publication(input, current, now),
        })
        .where(eq(articles.id, id));
      if (slug !== current.slug) {
        await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.oldSlug, slug));
        await tx
          .insert(articleSlugRedirects)
          .values({ oldSlug: current.slug, articleId: id })
          .onConflictDoUpdate({ target: articleSlugRedirects.oldSlug, set: { articleId: id, createdAt: sql`now()` } });
      }
      await setTags(tx, id, input.tags);
      return { id, slug };
    }),
  );
}

/** Back to draft: off every reader page, feed and sitemap at once. */
export async function unpublishArticle(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwned(tx, user, id, true);
    if (current.status === "trash") return;
    // Content unchanged: no revision, and the last saver stays who they were.
    await tx.update(articles).set({ status: "draft", publishedAt: null }).where(eq(articles.id, id));
  });
}

export { loadOwned as loadOwnedArticle };
