import { notFound, permanentRedirect } from "next/navigation";

export const ARTICLES_PER_PAGE = 10;
export const COMMENT_THREADS_PER_PAGE = 50;

// Far beyond any real archive; keeps OFFSET bounded for hostile `?page=` values.
const MAX_PAGE = 10_000;

export type SearchParamValue = string | string[] | undefined;

/**
 * Reads a 1-based page number from a query value. Absent → 1. Anything but a canonical
 * positive integer ("2", not "02", "2.0" or a repeated parameter) → null, which pages turn
 * into a 404 so every listing has exactly one URL.
 */
export function parsePageParam(value: SearchParamValue): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d*$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

/** `/category/seo` + 2 → `/category/seo?page=2`; page 1 has no parameter. */
export function pageHref(basePath: string, page: number, param = "page", hash = ""): string {
  return page <= 1 ? `${basePath}${hash}` : `${basePath}?${param}=${page}${hash}`;
}

export type Paged<T> = { items: T[]; page: number; hasPrevious: boolean; hasNext: boolean };

/** Page 1 may be empty (nothing published yet); a later empty page does not exist. */
export function isOutOfRange(paged: Paged<unknown>): boolean {
  return paged.page > 1 && paged.items.length === 0;
}

/**
 * The page number a listing route should render: `?page=1` redirects to the URL without the
 * parameter (one URL per page, for search engines); anything invalid is a 404.
 */
export function requirePageParam(value: SearchParamValue, canonicalPath: string, hash = ""): number {
  const page = parsePageParam(value);
  if (page === null) notFound();
  if (value === "1") permanentRedirect(`${canonicalPath}${hash}`);
  return page;
}
