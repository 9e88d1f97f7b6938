import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { db as defaultDb, type Db } from "@/db/client";
import { articles, isPubliclyVisible, legacyRedirects, pages } from "@/db/schema";
import { normalizeLegacyPath } from "@/lib/legacy-path";

// Old WordPress addresses → where that content lives now, for a 301 where a path would
// otherwise end in "not found". Stored paths come from the import (permalinks, "?p=<id>",
// old slugs, term paths); feeds, date archives and paging follow WordPress's fixed patterns.

const FEED = /^(.*?)\/feed(?:\/(rss|rss2|rdf|atom))?$/;
const MONTH = /^\/(\d{4})\/(\d{2})$/;
const PAGED = /^(.*?)\/page\/(\d+)$/;
const TERM = /^\/(category|tag|author)\/[^/]+$/;

async function stored(database: Db, path: string): Promise<string | null> {
  const [row] = await database
    .select({ target: legacyRedirects.target })
    .from(legacyRedirects)
    .where(eq(legacyRedirects.path, path))
    .limit(1);
  if (!row) return null;
  // A draft's old "?p=<id>" must not give away its slug: only visible articles are announced.
  const post = /^\/posts\/([^/?#]+)$/.exec(row.target);
  if (post) {
    const [visible] = await database
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.slug, post[1]), isPubliclyVisible))
      .limit(1);
    if (!visible) return null;
  }
  // Nor does a draft page's old "?page_id=<id>" (other one-segment targets are no pages).
  const page = /^\/([^/?#]+)$/.exec(row.target);
  if (page) {
    const [draft] = await database
      .select({ id: pages.id })
      .from(pages)
      .where(and(eq(pages.slug, page[1]), ne(pages.status, "published")))
      .limit(1);
    if (draft) return null;
  }
  return row.target;
}

/** Where an old WordPress address ("/my-post/", "/?p=12", "/feed/") now lives, or null. */
export async function findLegacyRedirect(pathAndQuery: string, database: Db = defaultDb): Promise<string | null> {
  const path = normalizeLegacyPath(pathAndQuery);
  if (!path || path === "/") return null;
  const feed = FEED.exec(path);
  if (feed) {
    const base = feed[1] || "/";
    const atom = feed[2] === "atom";
    if (base === "/" || base === "/comments") return atom ? "/atom.xml" : "/feed.xml";
    const target = (await stored(database, base)) ?? (TERM.test(base) ? base : null);
    if (!target) return null;
    if (target.startsWith("/posts/")) return `${target}/comments.xml`;
    return TERM.test(target) ? `${target}/${atom ? "atom.xml" : "feed.xml"}` : null;
  }
  const direct = await stored(database, path);
  if (direct) return direct;
  const month = MONTH.exec(path);
  if (month) return `/archive/${month[1]}/${month[2]}`;
  const paged = PAGED.exec(path);
  if (paged) {
    const base = paged[1] || "/";
    const target = base === "/" ? "/" : ((await stored(database, base)) ?? (TERM.test(base) ? base : null));
    return target ? `${target}?page=${paged[2]}` : null;
  }
  return null;
}
