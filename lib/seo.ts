import type { Metadata } from "next";
import { getLocale, t } from "./i18n";
import { env } from "./env";

// One place that builds a page's metadata. Next merges metadata shallowly: a page that sets
// `alternates` or `openGraph` replaces the layout's object entirely, so every page goes
// through here to keep the canonical URL, the site feeds and the card tags complete.

/** Shared-link preview for pages without a cover image (public/og-default.png, scripts/public-assets.ts). */
export const DEFAULT_SHARE_IMAGE = { url: "/og-default.png", width: 1200, height: 630 } as const;

export type FeedLinks = { rss?: string; atom?: string; title: string };

type Input = {
  /** Omitted on the home page: the layout's default title (the site name) applies. */
  title?: string;
  description?: string | null;
  /** The page's canonical path, query included (`/category/seo?page=2`). */
  path: string;
  /** Feeds of this page (category, tag, author, comments), announced besides the site feed. */
  feeds?: FeedLinks[];
  image?: string | null;
  noindex?: boolean;
  /** Article-specific OpenGraph fields (type "article", times, authors, section, tags). */
  article?: { publishedTime: string; modifiedTime: string; authors: string[]; section: string; tags: string[] };
};

export function siteFeeds(): FeedLinks {
  const siteName = env().SITE_NAME;
  return { rss: "/feed.xml", atom: "/atom.xml", title: siteName };
}

export function pageMetadata(input: Input): Metadata {
  const siteName = env().SITE_NAME;
  const title = input.title ?? siteName;
  const description = input.description || t("site.description", { siteName });
  const feeds = [siteFeeds(), ...(input.feeds ?? [])];
  const images = input.image ? [{ url: input.image }] : [{ ...DEFAULT_SHARE_IMAGE, alt: siteName }];
  const openGraphBase = {
    siteName,
    locale: getLocale() === "de" ? "de_DE" : "en_US",
    url: input.path,
    title,
    description,
    images,
  };
  return {
    ...(input.title !== undefined ? { title: input.title } : {}),
    description,
    alternates: {
      canonical: input.path,
      types: {
        "application/rss+xml": feeds.filter((f) => f.rss).map((f) => ({ url: f.rss!, title: f.title })),
        "application/atom+xml": feeds.filter((f) => f.atom).map((f) => ({ url: f.atom!, title: f.title })),
      },
    },
    openGraph: input.article
      ? { ...openGraphBase, type: "article", ...input.article }
      : { ...openGraphBase, type: "website" },
    twitter: { card: "summary_large_image", title, description, images },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
