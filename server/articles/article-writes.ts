import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articleRevisions,
  articles,
  articleTags,
  categories,
  tags,
  type Article,
  type ArticleStatus,
} from "@/db/schema";
import type { ArticleSaveInput } from "@/lib/article-schema";
import { slugify } from "@/lib/slug";
import { invalid } from "@/server/http/errors";
import { logActivity, type ActivityAction, type Tx } from "@/server/activity/activity-log";
import { recordSlug, resolveSlug, withSlugGuard } from "@/server/revisions/slug-rules";
import type { CurrentUser } from "@/server/accounts/session";
import { assertWriter, loadOwnedArticle } from "./article-access";
import { tagNamesOf } from "./article-editing";

// The editor's writes. Every function takes the caller and checks, itself and inside the
// transaction that writes, that they may: authors their own articles, admins any. A change of
// status (published, scheduled, back to draft) is logged in the same transaction.

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

/** The log entry for a save that changed the status, if it did. */
function statusChange(from: ArticleStatus | null, to: ArticleStatus): ActivityAction | null {
  if (from === to) return null;
  return to === "published"
    ? "article.publish"
    : to === "scheduled"
      ? "article.schedule"
      : from
        ? "article.unpublish"
        : null;
}

async function logStatusChange(
  tx: Tx,
  user: CurrentUser,
  id: number,
  title: string,
  from: ArticleStatus | null,
  to: ArticleStatus,
) {
  const action = statusChange(from, to);
  if (action) await logActivity(tx, { actorId: user.id, action, subject: { type: "article", id, label: title } });
}

export async function createArticle(user: CurrentUser, input: ArticleSaveInput): Promise<{ id: number; slug: string }> {
  assertWriter(user);
  return withSlugGuard(() =>
    db.transaction(async (tx) => {
      await assertCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, "article", input.slug, input.title, null);
      const now = await transactionTime(tx);
      const state = publication(input, null, now);
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
          ...state,
        })
        .returning({ id: articles.id, slug: articles.slug });
      await recordSlug(tx, "article", row.id, slug, null);
      await setTags(tx, row.id, input.tags);
      await logStatusChange(tx, user, row.id, input.title, null, state.status);
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
      const current = await loadOwnedArticle(tx, user, id, true);
      // Restore it first: a save must not bring an article back from the trash by the way.
      if (current.status === "trash") throw invalid("trash.state", `save of trashed article ${id}`);
      await assertCategory(tx, input.categoryId);
      const slug = await resolveSlug(tx, "article", input.slug, input.title, id);
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
      const state = publication(input, current, now);
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
          ...state,
        })
        .where(eq(articles.id, id));
      await recordSlug(tx, "article", id, slug, current.slug);
      await setTags(tx, id, input.tags);
      await logStatusChange(tx, user, id, input.title, current.status, state.status);
      return { id, slug };
    }),
  );
}

/** Back to draft: off every reader page, feed and sitemap at once. */
export async function unpublishArticle(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwnedArticle(tx, user, id, true);
    if (current.status === "trash") return;
    // Content unchanged: no revision, and the last saver stays who they were.
    await tx.update(articles).set({ status: "draft", publishedAt: null }).where(eq(articles.id, id));
    await logStatusChange(tx, user, id, current.title, current.status, "draft");
  });
}
