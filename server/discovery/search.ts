import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, categories, isPubliclyVisible, users } from "@/db/schema";
import { ARTICLES_PER_PAGE, type Paged } from "@/lib/pagination";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, normaliseSearchQuery } from "@/lib/search-query";
import { summaryFields, toSummary, type ArticleSummary } from "@/server/articles/articles";

// Full-text search over visible articles with PostgreSQL's german configuration (stemming:
// "Netzwerke" finds "Netzwerk"). The stored, GIN-indexed articles.search_vector weighs title
// (A) over excerpt (B) over body (C). websearch_to_tsquery accepts any input without a syntax
// error, so hostile queries ("a & | ! :* <->", quotes, SQL) simply match or don't.

export type SearchHit = ArticleSummary & {
  /** The title with matches wrapped in HIGHLIGHT_START/HIGHLIGHT_STOP (lib/search-query). */
  titleHighlight: string;
  snippet: string;
};

export type SearchResults = Paged<SearchHit> & { query: string; total: number; pageCount: number };

const HEADLINE_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}"`;
const SNIPPET_OPTIONS = `${HEADLINE_OPTIONS}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `${HEADLINE_OPTIONS}, HighlightAll=true`;
const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
// "](https://…)" of a link, and the characters of emphasis, headings, quotes and tables.
const MARKDOWN_PUNCTUATION = "\\]\\([^)]*\\)|[#*_>`\\[\\]|]+";

export async function searchArticles(rawQuery: string, page: number): Promise<SearchResults> {
  const query = normaliseSearchQuery(rawQuery);
  const empty = { query, total: 0, pageCount: 0, items: [], page, hasPrevious: page > 1, hasNext: false };
  if (!query) return empty;

  const tsquery = sql`websearch_to_tsquery('german', ${query})`;
  const matches = and(isPubliclyVisible, sql`${articles.searchVector} @@ ${tsquery}`);
  const [countRows, rows] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(matches),
    db
      .select(summaryFields)
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(matches)
      .orderBy(
        desc(sql`ts_rank_cd(${articles.searchVector}, ${tsquery})`),
        desc(articles.publishedAt),
        desc(articles.id),
      )
      .limit(ARTICLES_PER_PAGE + 1)
      .offset((page - 1) * ARTICLES_PER_PAGE),
  ]);
  const pageRows = rows.slice(0, ARTICLES_PER_PAGE);
  const total = countRows[0]?.n ?? 0;
  if (pageRows.length === 0) return { ...empty, total, pageCount: Math.ceil(total / ARTICLES_PER_PAGE) };

  // ts_headline re-parses the text, so it runs only for the rows on this page. Markdown
  // punctuation and link targets are blanked first; the marker characters are removed from
  // the source so only ts_headline can produce them.
  const plainBody = sql`regexp_replace(${articles.excerpt} || ' ' || ${articles.body}, ${MARKDOWN_PUNCTUATION}, ' ', 'g')`;
  const headlines = await db
    .select({
      id: articles.id,
      title: sql<string>`ts_headline('german', translate(${articles.title}, ${MARKERS}, ''), ${tsquery}, ${TITLE_OPTIONS})`,
      snippet: sql<string>`ts_headline('german', translate(${plainBody}, ${MARKERS}, ''), ${tsquery}, ${SNIPPET_OPTIONS})`,
    })
    .from(articles)
    .where(
      inArray(
        articles.id,
        pageRows.map((row) => row.id),
      ),
    );
  const byId = new Map(headlines.map((h) => [h.id, h]));
  return {
    query,
    total,
    pageCount: Math.ceil(total / ARTICLES_PER_PAGE),
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > ARTICLES_PER_PAGE,
    items: pageRows.map((row) => ({
      ...toSummary(row),
      titleHighlight: byId.get(row.id)?.title ?? row.title,
      snippet: byId.get(row.id)?.snippet ?? row.excerpt,
    })),
  };
}
