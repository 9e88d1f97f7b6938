import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { cache } from "react";
import { db } from "@/db/client";
import { articles, articleTags, categories, isPubliclyVisible, users } from "@/db/schema";
import type { Paged } from "@/lib/pagination";
import { listVisibleArticles, summaryFields, toSummary, type ArticleSummary } from "@/server/articles/articles";
import { env } from "@/lib/env";

// Ways from one article to others: previous/next by publication date, related articles, and
// the archive by month. Only visible articles (isPubliclyVisible), as everywhere for readers.

export type ArticleLink = { id: number; slug: string; title: string };

const linkFields = { id: articles.id, slug: articles.slug, title: articles.title };

// Both queries run on every article page render: built once and prepared (building them
// with drizzle was a noticeable part of a render).

// Row comparisons, which the (published_at, id) index answers as a range; the same test spelt
// with OR made PostgreSQL walk the index from the newest article down (88 ms for an article
// from 2012 among 100,000). Both directions in one round trip.
const position = sql`(${sql.placeholder("publishedAt")}::timestamptz, ${sql.placeholder("id")}::int)`;
const adjacentArticles = unionAll(
  db
    .select({ ...linkFields, newer: sql<boolean>`false`.as("newer") })
    .from(articles)
    .where(and(isPubliclyVisible, sql`(${articles.publishedAt}, ${articles.id}) < ${position}`))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1),
  db
    .select({ ...linkFields, newer: sql<boolean>`true`.as("newer") })
    .from(articles)
    .where(and(isPubliclyVisible, sql`(${articles.publishedAt}, ${articles.id}) > ${position}`))
    .orderBy(articles.publishedAt, articles.id)
    .limit(1),
).prepare("adjacent_articles");

/** The next older and next newer visible article, by (published_at, id). */
export async function getAdjacentArticles(article: {
  id: number;
  publishedAt: Date;
}): Promise<{ previous: ArticleLink | null; next: ArticleLink | null }> {
  const rows = await adjacentArticles.execute({ publishedAt: article.publishedAt.toISOString(), id: article.id });
  const link = (row: (typeof rows)[number] | undefined) =>
    row ? { id: row.id, slug: row.slug, title: row.title } : null;
  return { previous: link(rows.find((row) => !row.newer)), next: link(rows.find((row) => row.newer)) };
}

export const RELATED_LIMIT = 3;

// Only articles that share a tag are scored (a few thousand at most, from the tag index);
// scoring every article with a subquery each took seconds at 100,000 articles. The newest of
// the same category (from the category index) fill up the rest: they rank after every tagged
// one, and an article in both lists keeps its tagged rank. One round trip.
const self = sql.placeholder("id");
const sameCategory = sql`(${articles.categoryId} = (select category_id from ${articles} self where self.id = ${self}))`;
const picks = sql`(
  select id, min(rank) as rank from (
    (select ${articles.id} as id,
       row_number() over (order by candidates.shared desc, ${sameCategory} desc, ${articles.publishedAt} desc, ${articles.id} desc) as rank
     from (
       select theirs.article_id, count(*) as shared from ${articleTags} theirs
       where theirs.tag_id in (select tag_id from ${articleTags} where article_id = ${self}) and theirs.article_id <> ${self}
       group by theirs.article_id
     ) candidates join ${articles} on ${articles.id} = candidates.article_id
     where ${isPubliclyVisible}
     order by candidates.shared desc, ${sameCategory} desc, ${articles.publishedAt} desc, ${articles.id} desc
     limit ${RELATED_LIMIT})
    union all
    (select ${articles.id} as id, ${RELATED_LIMIT} + row_number() over (order by ${articles.publishedAt} desc, ${articles.id} desc) as rank
     from ${articles}
     where ${isPubliclyVisible} and ${sameCategory} and ${articles.id} <> ${self}
     order by ${articles.publishedAt} desc, ${articles.id} desc
     limit ${RELATED_LIMIT})
  ) ranked group by id order by rank limit ${RELATED_LIMIT}
) picks`;
const relatedArticles = db
  .select(summaryFields)
  .from(articles)
  .innerJoin(picks, sql`picks.id = ${articles.id}`)
  .innerJoin(users, eq(users.id, articles.authorId))
  .innerJoin(categories, eq(categories.id, articles.categoryId))
  .orderBy(sql`picks.rank`)
  .prepare("related_articles");

/** Up to three visible articles: most shared tags first, then the same category, then newest. */
export async function listRelatedArticles(articleId: number): Promise<ArticleSummary[]> {
  return (await relatedArticles.execute({ id: articleId })).map(toSummary);
}

export type ArchiveMonth = { year: number; month: number };

/** Months with visible articles, newest first, in the site's time zone (sidebar "Archiv"). */
export const listArchiveMonths = cache(async (limit = 24): Promise<ArchiveMonth[]> => {
  // Every page's sidebar shows this. Grouping all articles by month read every row (90 ms at
  // 100,000 articles); instead each newest month is found with one index probe below the
  // previous one: a few ms at any size. No counts, as in WordPress's default archive widget:
  // with them every publication would change every page (lib/cache-keys.ts `months`).
  const zone = env().SITE_TIMEZONE;
  const monthOf = (column: SQL) => sql`date_trunc('month', ${column} at time zone ${zone})`;
  const rows = await db.execute<ArchiveMonth>(sql`
    with recursive months(start) as (
      select ${monthOf(sql`max(${articles.publishedAt})`)} from ${articles} where ${isPubliclyVisible}
      union all
      select (select ${monthOf(sql`max(${articles.publishedAt})`)} from ${articles}
              where ${isPubliclyVisible} and ${articles.publishedAt} < (months.start at time zone ${zone}))
      from months where months.start is not null
    )
    select extract(year from start)::int as year, extract(month from start)::int as month
    from months where start is not null limit ${limit}`);
  return Array.from(rows);
});

/** One month of the archive (site time zone), newest first, paginated like every listing. */
export function listArticlesByMonth(year: number, month: number, page: number): Promise<Paged<ArticleSummary>> {
  const zone = env().SITE_TIMEZONE;
  const start = sql`make_timestamp(${year}::int, ${month}::int, 1, 0, 0, 0)`;
  // Bounds as timestamptz, so the status/published_at index serves the range.
  const inMonth = sql`${articles.publishedAt} >= (${start} at time zone ${zone}) and ${articles.publishedAt} < ((${start} + interval '1 month') at time zone ${zone})`;
  return listVisibleArticles(inMonth, page);
}
