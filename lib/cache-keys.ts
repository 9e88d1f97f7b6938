// Cache keys: every cacheable response names what it shows in its Surrogate-Key header, and
// every write publishes the keys of what it changed (PostgreSQL NOTIFY on PURGE_CHANNEL, sent
// by the triggers of db/migrations/0008_purge_keys.sql). A cache (the front server, Varnish
// with xkey, a CDN) drops exactly the responses that carry a published key.
//
// The scheme (keep it in step with the SQL triggers, which build the same strings):
//   layout          the site frame on every reader page: header and footer menus, categories,
//                   sponsors, settings, the privacy page's address (comment form)
//   months          the sidebar's archive months with their counts (any visible article
//                   entering, leaving or moving between months)
//   list:home       the newest articles: home, /feed.xml, /atom.xml
//   search          every search result page
//   sitemap         sitemap.xml and its parts (URLs and lastmod: any save of a visible article)
//   article:<id>    anything showing the article: its page, a list entry, a feed item,
//                   a neighbour's previous/next link, a related-articles box, a redirect
//                   from one of its old slugs
//   comments:<id>   anything showing the article's approved comments or their count: its
//                   page, its comment feed, list entries with the count
//   category:<id>   lists filtered by the category (page, feeds), related boxes filled from it
//   tag:<id>        lists filtered by the tag (page, feeds), related boxes scored by it
//                   (category and tag keys also cover redirects from their old slugs)
//   author:<userId> the author's page and feeds
//   archive:<yyyy>-<mm>  the month's archive pages
//   page:<id>       a static page (/<slug>) and redirects from its old slugs
//   media:<hash>    an uploaded image's files (/media/<hash>-<width>.webp): purged when it is deleted
//   user:<userId>   pages personal to the user (signed-in views; never in a shared cache)
//   moderation      the moderation queues
//   all             purge only: everything (a change touching too many keys)
export const PURGE_CHANNEL = "blattwerk_purge";

/** Keys per NOTIFY payload: PostgreSQL refuses payloads of 8,000 bytes and more. */
export const PURGE_PAYLOAD_MAX_BYTES = 7_000;

export const cacheKey = {
  all: "all",
  layout: "layout",
  months: "months",
  home: "list:home",
  search: "search",
  sitemap: "sitemap",
  moderation: "moderation",
  article: (id: number) => `article:${id}`,
  comments: (articleId: number) => `comments:${articleId}`,
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (userId: string) => `author:${userId}`,
  archive: (year: number, month: number) => `archive:${year}-${String(month).padStart(2, "0")}`,
  user: (userId: string) => `user:${userId}`,
  page: (id: number) => `page:${id}`,
  media: (hash: string) => `media:${hash}`,
} as const;

/** Splits keys into space-separated payloads that each fit one NOTIFY. */
export function purgePayloads(keys: Iterable<string>): string[] {
  const payloads: string[] = [];
  let current = "";
  for (const key of new Set(keys)) {
    if (current && current.length + 1 + key.length > PURGE_PAYLOAD_MAX_BYTES) {
      payloads.push(current);
      current = "";
    }
    current = current ? `${current} ${key}` : key;
  }
  if (current) payloads.push(current);
  return payloads;
}
