import { escapeXml } from "./xml";

// The sitemaps protocol (sitemaps.org): at most 50,000 URLs per file. Past that, /sitemap.xml
// becomes a sitemap index pointing at /sitemaps/<n>.xml.

export const SITEMAP_PAGE_SIZE = 50_000;

export type SitemapEntry = { url: string; lastModified?: Date | null };

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Number of sitemap files for `total` URLs (at least one, possibly empty, file). */
export function sitemapPageCount(total: number, pageSize = SITEMAP_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Whether /sitemap.xml must be an index rather than the URL set itself. */
export function needsSitemapIndex(total: number, pageSize = SITEMAP_PAGE_SIZE): boolean {
  return total > pageSize;
}

/** Offset and limit of sitemap file `page` (1-based), or null when that file does not exist. */
export function sitemapSlice(
  page: number,
  total: number,
  pageSize = SITEMAP_PAGE_SIZE,
): { offset: number; limit: number } | null {
  if (!Number.isInteger(page) || page < 1 || page > sitemapPageCount(total, pageSize)) return null;
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

export function buildUrlSet(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    return `  <url><loc>${escapeXml(entry.url)}</loc>${lastmod}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<urlset xmlns="${NS}">`, ...urls, "</urlset>", ""].join("\n");
}

export function buildSitemapIndex(sitemaps: SitemapEntry[]): string {
  const items = sitemaps.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
    return `  <sitemap><loc>${escapeXml(entry.url)}</loc>${lastmod}</sitemap>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${NS}">`,
    ...items,
    "</sitemapindex>",
    "",
  ].join("\n");
}

export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
