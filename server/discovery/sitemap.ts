import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { isPubliclyVisible } from "@/db/schema";
import {
  buildSitemapIndex,
  buildUrlSet,
  needsSitemapIndex,
  SITEMAP_PAGE_SIZE,
  sitemapPageCount,
  sitemapSlice,
} from "@/lib/sitemap";
import { absoluteUrl } from "@/lib/site";
import { env } from "@/lib/env";

// Every public URL worth indexing: home, visible articles, the category, tag, author and
// month archives that have at least one visible article (empty archives are thin content),
// and published static pages.
// One ordered union, so a sitemap file is a plain offset/limit slice of it.
function sitemapUrls() {
  const zone = env().SITE_TIMEZONE;
  const lastmod = sql`max(greatest(articles.updated_at, articles.published_at))`;
  return sql`
    select 0 as kind, '' as key, '/' as path, ${lastmod} as lastmod from articles where ${isPubliclyVisible}
    union all
    select 1, articles.slug, '/posts/' || articles.slug, greatest(articles.updated_at, articles.published_at)
      from articles where ${isPubliclyVisible}
    union all
    select 2, c.slug, '/category/' || c.slug, ${lastmod}
      from categories c inner join articles on articles.category_id = c.id where ${isPubliclyVisible} group by c.slug
    union all
    select 3, t.slug, '/tag/' || t.slug, ${lastmod}
      from tags t inner join article_tags tagged on tagged.tag_id = t.id inner join articles on articles.id = tagged.article_id
      where ${isPubliclyVisible} group by t.slug
    union all
    select 4, u.slug, '/author/' || u.slug, ${lastmod}
      from users u inner join articles on articles.author_id = u.id where ${isPubliclyVisible} and u.slug is not null group by u.slug
    union all
    select 5, ym, '/archive/' || ym, max(changed) from (
      select to_char(articles.published_at at time zone ${zone}, 'YYYY/MM') as ym, greatest(articles.updated_at, articles.published_at) as changed
      from articles where ${isPubliclyVisible}
    ) months group by ym
    union all
    select 6, p.slug, '/' || p.slug, greatest(p.updated_at, p.published_at) from pages p where p.status = 'published'`;
}

async function countSitemapUrls(): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${sitemapUrls()}) urls`);
  return row?.n ?? 0;
}

async function listSitemapEntries(offset: number, limit: number) {
  const rows = await db.execute<{ path: string; lastmod_ms: number | null }>(sql`
    select path, (extract(epoch from lastmod) * 1000)::float8 as lastmod_ms from (${sitemapUrls()}) urls
    order by kind, key limit ${limit} offset ${offset}`);
  return Array.from(rows, (row) => ({
    url: absoluteUrl(encodeURI(row.path)),
    lastModified: row.lastmod_ms === null ? null : new Date(row.lastmod_ms),
  }));
}

/**
 * /sitemap.xml: the URL set itself while everything fits in one file, a sitemap index of
 * /sitemaps/<n>.xml past `pageSize` URLs.
 */
export async function getSitemapRoot(pageSize = SITEMAP_PAGE_SIZE): Promise<string> {
  const total = await countSitemapUrls();
  if (!needsSitemapIndex(total, pageSize)) return buildUrlSet(await listSitemapEntries(0, pageSize));
  const files = Array.from({ length: sitemapPageCount(total, pageSize) }, (_, i) => ({
    url: absoluteUrl(`/sitemaps/${i + 1}.xml`),
  }));
  return buildSitemapIndex(files);
}

/** /sitemaps/<page>.xml (1-based), or null when there is no such file. */
export async function getSitemapPage(page: number, pageSize = SITEMAP_PAGE_SIZE): Promise<string | null> {
  const slice = sitemapSlice(page, await countSitemapUrls(), pageSize);
  return slice ? buildUrlSet(await listSitemapEntries(slice.offset, slice.limit)) : null;
}
