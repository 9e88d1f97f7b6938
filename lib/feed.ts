import { escapeXml } from "./xml";

// RSS 2.0 and Atom 1.0 from one feed model. Every value is escaped here, at the only place
// that writes XML, so callers pass plain strings (and HTML strings for `html` fields).

export type FeedItem = {
  /** Absolute URL, also the item's permanent id. */
  url: string;
  title: string;
  /** HTML shown as the item's summary (RSS description, Atom summary). */
  summaryHtml: string;
  /** HTML of the full text, when feeds carry it (RSS content:encoded, Atom content). */
  contentHtml?: string;
  published: Date;
  updated: Date;
  authorName: string;
  authorUrl?: string;
  categories?: string[];
};

export type Feed = {
  title: string;
  description: string;
  /** The HTML page this feed belongs to (absolute). */
  pageUrl: string;
  /** The feed's own URL (absolute): RSS atom:link rel=self, Atom id and rel=self. */
  selfUrl: string;
  language: string;
  generator: string;
  items: FeedItem[];
  /** When nothing is in the feed yet. */
  emptyUpdated?: Date;
};

export const FEED_ITEM_LIMIT = 20;
export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

function lastUpdated(feed: Feed): Date {
  const times = feed.items.map((item) => Math.max(item.updated.getTime(), item.published.getTime()));
  return times.length > 0 ? new Date(Math.max(...times)) : (feed.emptyUpdated ?? new Date(0));
}

const tag = (name: string, value: string, indent = "    ") => `${indent}<${name}>${escapeXml(value)}</${name}>`;

export function buildRss(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      "    <item>",
      tag("title", item.title, "      "),
      tag("link", item.url, "      "),
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      tag("pubDate", item.published.toUTCString(), "      "),
      tag("dc:creator", item.authorName, "      "),
      ...(item.categories ?? []).map((c) => tag("category", c, "      ")),
      tag("description", item.summaryHtml, "      "),
      ...(item.contentHtml ? [tag("content:encoded", item.contentHtml, "      ")] : []),
      "    </item>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    tag("title", feed.title),
    tag("link", feed.pageUrl),
    tag("description", feed.description),
    tag("language", feed.language),
    tag("generator", feed.generator),
    tag("lastBuildDate", lastUpdated(feed).toUTCString()),
    `    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

export function buildAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      "  <entry>",
      tag("id", item.url),
      `    <title type="text">${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      tag("published", item.published.toISOString()),
      tag("updated", item.updated.toISOString()),
      "    <author>",
      tag("name", item.authorName, "      "),
      ...(item.authorUrl ? [tag("uri", item.authorUrl, "      ")] : []),
      "    </author>",
      ...(item.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      `    <summary type="html">${escapeXml(item.summaryHtml)}</summary>`,
      ...(item.contentHtml ? [`    <content type="html">${escapeXml(item.contentHtml)}</content>`] : []),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    tag("id", feed.selfUrl, "  "),
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.description)}</subtitle>`,
    tag("updated", lastUpdated(feed).toISOString(), "  "),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    tag("generator", feed.generator, "  "),
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export type FeedFormat = "rss" | "atom";

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  const body = format === "rss" ? buildRss(feed) : buildAtom(feed);
  return new Response(body, { headers: { "content-type": format === "rss" ? RSS_CONTENT_TYPE : ATOM_CONTENT_TYPE } });
}

export function notFoundResponse(): Response {
  return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
