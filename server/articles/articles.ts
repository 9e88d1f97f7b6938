import "server-only";
import { and, asc, desc, eq, exists, ne, or, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { articles, articleTags, categories, comments, isPubliclyVisible, tags, users } from "@/db/schema";
import { ARTICLES_PER_PAGE, type Paged } from "@/lib/pagination";

// Reader-facing reads. Everything here returns DTOs with only what pages render: no emails,
// no hashes, no drafts. "Visible" is db/schema's isPubliclyVisible (published, or scheduled
// with a past date), so a scheduled article appears without a job.

// Ids travel with the refs because pages name what they show by id (lib/cache-keys.ts).
export type AuthorRef = { id: string; name: string | null; slug: string | null };
export type CategoryRef = { id: number; name: string; slug: string };
export type TagRef = { id: number; name: string; slug: string };

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  updatedAt: Date;
  author: AuthorRef;
  category: CategoryRef;
  tags: TagRef[];
  approvedCommentCount: number;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  commentsOpen: boolean;
  coverImage: string | null;
  author: AuthorRef & { bio: string | null; photo: string | null };
  /** The article's category's parent, for the breadcrumb. */
  categoryParent: CategoryRef | null;
};

export type CategoryDetail = CategoryRef & {
  description: string | null;
  parent: CategoryRef | null;
  children: CategoryRef[];
};
export type AuthorProfile = { id: string; name: string | null; slug: string; bio: string | null; photo: string | null };

/** Approved, not deleted: the same rule server/comments/comments.ts uses to show a comment. */
export const isShownComment = sql`(${comments.status} = 'approved' and ${comments.deletedAt} is null)`;

// Correlated subqueries keep each list at one round trip without an N+1: they run per
// listed row (the status/published_at index yields rows in order, so the scan stops after
// offset + limit), each an index lookup on comments_article_status_created_idx or the
// article_tags primary key.
const approvedCommentCount = sql<number>`(
  select count(*)::int from ${comments}
  where ${comments.articleId} = ${articles.id} and ${isShownComment}
)`;

const tagList = sql<TagRef[]>`coalesce((
  select json_agg(json_build_object('id', ${tags.id}, 'name', ${tags.name}, 'slug', ${tags.slug}) order by ${tags.name})
  from ${articleTags} inner join ${tags} on ${tags.id} = ${articleTags.tagId}
  where ${articleTags.articleId} = ${articles.id}
), '[]'::json)`;

/** The columns of an ArticleSummary (articles joined with users and categories). */
export const summaryFields = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  excerpt: articles.excerpt,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  author: { id: users.id, name: users.name, slug: users.slug },
  category: { id: categories.id, name: categories.name, slug: categories.slug },
  tags: tagList,
  approvedCommentCount,
};

export function toSummary<T extends { publishedAt: Date | null; updatedAt: Date }>(
  row: T,
): Omit<T, "publishedAt"> & { publishedAt: Date } {
  // Visible articles always have a publication date (isPubliclyVisible compares it with now()).
  return { ...row, publishedAt: row.publishedAt ?? row.updatedAt };
}

export async function listVisibleArticles(filter: SQL | undefined, page: number): Promise<Paged<ArticleSummary>> {
  // One row more than a page tells whether a next page exists without a count(*) query.
  const rows = await db
    .select(summaryFields)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(isPubliclyVisible, filter))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(ARTICLES_PER_PAGE + 1)
    .offset((page - 1) * ARTICLES_PER_PAGE);
  return {
    items: rows.slice(0, ARTICLES_PER_PAGE).map(toSummary),
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > ARTICLES_PER_PAGE,
  };
}

// More sticky articles than this are shown in their place by date, as any other.
const STICKY_MAX = 5;

/** The home page: newest first; on its first page the sticky articles (WordPress's "Oben halten") lead. */
export async function listPublishedArticles(page: number): Promise<Paged<ArticleSummary>> {
  if (page > 1) return listVisibleArticles(undefined, page);
  const [sticky, list] = await Promise.all([
    db
      .select(summaryFields)
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(and(isPubliclyVisible, eq(articles.sticky, true)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(STICKY_MAX),
    listVisibleArticles(undefined, page),
  ]);
  if (sticky.length === 0) return list;
  const ids = new Set(sticky.map((a) => a.id));
  return { ...list, items: [...sticky.map(toSummary), ...list.items.filter((a) => !ids.has(a.id))] };
}

export function listArticlesByCategory(categorySlug: string, page: number): Promise<Paged<ArticleSummary>> {
  return listVisibleArticles(eq(categories.slug, categorySlug), page);
}

export function listArticlesByTag(tagSlug: string, page: number): Promise<Paged<ArticleSummary>> {
  const tagged = db
    .select({ one: sql`1` })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(and(eq(articleTags.articleId, articles.id), eq(tags.slug, tagSlug)));
  return listVisibleArticles(exists(tagged), page);
}

export function listArticlesByAuthor(authorSlug: string, page: number): Promise<Paged<ArticleSummary>> {
  return listVisibleArticles(eq(users.slug, authorSlug), page);
}

// A category's place in the hierarchy WordPress imports bring (categories.parent_id). The outer
// table is named in the text: drizzle leaves columns unqualified in one-table queries, where
// they would resolve to the subquery's own table.
const parentRef = sql<CategoryRef | null>`(
  select json_build_object('id', p.id, 'name', p.name, 'slug', p.slug) from categories p where p.id = categories.parent_id
)`;
const childRefs = sql<CategoryRef[]>`coalesce((
  select json_agg(json_build_object('id', c.id, 'name', c.name, 'slug', c.slug) order by c.position, c.name)
  from categories c where c.parent_id = categories.id
), '[]'::json)`;

// The queries every article page runs are built once and prepared (statement text and
// parameter layout): building them with drizzle took about a millisecond of each render.
const articleBySlug = db
  .select({
    ...summaryFields,
    author: { id: users.id, name: users.name, slug: users.slug, bio: users.bio, photo: users.image },
    body: articles.body,
    commentsOpen: articles.commentsOpen,
    coverImage: articles.coverImage,
    categoryParent: parentRef,
  })
  .from(articles)
  .innerJoin(users, eq(users.id, articles.authorId))
  .innerJoin(categories, eq(categories.id, articles.categoryId))
  .where(and(isPubliclyVisible, eq(articles.slug, sql.placeholder("slug"))))
  .limit(1)
  .prepare("article_by_slug");

/**
 * A visible article, or null for unknown slugs, drafts and future scheduled articles.
 * Cached per request: generateMetadata and the page share one query.
 */
export const getPublishedArticleBySlug = cache(async (slug: string): Promise<ArticleDetail | null> => {
  const [row] = await articleBySlug.execute({ slug });
  return row ? toSummary(row) : null;
});

const categoryList = db
  .select({ id: categories.id, name: categories.name, slug: categories.slug })
  .from(categories)
  .orderBy(asc(categories.position), asc(categories.name))
  .prepare("category_list");

/** All categories in their editorial order (header and footer navigation). */
export const listCategories = cache(async (): Promise<CategoryRef[]> => categoryList.execute());

export const getCategoryBySlug = cache(async (slug: string): Promise<CategoryDetail | null> => {
  const [row] = await db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      parent: parentRef,
      children: childRefs,
    })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1);
  return row ?? null;
});

export const getTagBySlug = cache(async (slug: string): Promise<TagRef | null> => {
  const [row] = await db
    .select({ id: tags.id, name: tags.name, slug: tags.slug })
    .from(tags)
    .where(eq(tags.slug, slug))
    .limit(1);
  return row ?? null;
});

/**
 * The public profile behind /author/<slug>: authors and admins, plus anyone who still has
 * visible articles (a former author whose articles link here). Readers have no public page.
 */
export const getAuthorBySlug = cache(async (slug: string): Promise<AuthorProfile | null> => {
  const hasVisibleArticle = exists(
    db
      .select({ one: sql`1` })
      .from(articles)
      .where(and(eq(articles.authorId, users.id), isPubliclyVisible)),
  );
  const [row] = await db
    .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, photo: users.image })
    .from(users)
    .where(and(eq(users.slug, slug), or(ne(users.role, "reader"), hasVisibleArticle)))
    .limit(1);
  return row?.slug ? { id: row.id, name: row.name, slug: row.slug, bio: row.bio, photo: row.photo } : null;
});
