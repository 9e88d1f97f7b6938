import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PaginationNav } from "@/components/pagination-nav";
import { SearchForm } from "@/components/search-form";
import { SearchHit } from "@/components/search-hit";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { t, tp } from "@/lib/i18n";
import { isOutOfRange, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { MAX_QUERY_LENGTH, normaliseSearchQuery } from "@/lib/search-query";
import { pageMetadata } from "@/lib/seo";
import { searchArticles } from "@/server/discovery/search";

type Props = { searchParams: Promise<Record<string, SearchParamValue>> };

const searchHref = (query: string, page = 1) =>
  `/search?${new URLSearchParams(page > 1 ? { q: query, page: String(page) } : { q: query })}`;

// Results pages are noindex (and /search is disallowed in robots.txt): endless query
// variations are thin duplicate content.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseSearchQuery((await searchParams).q);
  return pageMetadata({
    title: query ? t("search.resultsTitle", { query }) : t("search.title"),
    path: "/search",
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const query = normaliseSearchQuery(params.q);
  const rawLength = typeof params.q === "string" ? params.q.trim().length : 0;
  const page = requirePageParam(params.page, query ? searchHref(query) : "/search");

  // No query, no database work: just the form and a hint.
  if (!query) {
    await cacheAs("page", cacheKey.layout);
    return (
      <>
        <h1 className="page-title">{t("search.title")}</h1>
        <SearchForm id="search-page-query" variant="page" />
        <p className="empty-state">{t("search.prompt")}</p>
      </>
    );
  }

  const results = await searchArticles(query, page);
  if (isOutOfRange(results)) notFound();
  await cacheAs("search", cacheKey.search);
  return (
    <>
      <h1 className="page-title">{t("search.heading", { query })}</h1>
      <SearchForm id="search-page-query" variant="page" defaultValue={query} />
      {rawLength > MAX_QUERY_LENGTH && <p className="notice">{t("search.truncated", { max: MAX_QUERY_LENGTH })}</p>}
      {results.items.length === 0 ? (
        <p className="empty-state">{t("search.noResults", { query })}</p>
      ) : (
        <>
          <p className="search-results__count" role="status">
            {tp("search.count", results.total)}
          </p>
          <div className="teaser-list">
            {results.items.map((hit) => (
              <SearchHit key={hit.id} hit={hit} />
            ))}
          </div>
          <PaginationNav
            list={results}
            basePath="/search"
            hrefFor={(n) => searchHref(query, n)}
            status={t("search.pageStatus", { page: results.page, pages: results.pageCount })}
            labels={{ previous: t("search.previous"), next: t("search.next") }}
          />
        </>
      )}
    </>
  );
}
