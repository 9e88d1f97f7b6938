import "server-only";
import { cacheKey } from "@/lib/cache-keys";
import { responseContextStore, type CachePolicy } from "@/lib/response-policy";
// Read with the site-wide data's version check: one query per request for both.
import { nextScheduledChange } from "@/server/site/site-data";

// How long a shared cache may keep each kind of response. Writes purge by key at once
// (lib/cache-keys.ts), so these only bound what no key covers (the footer's year) and how
// long a cache may answer from a stale copy while it fetches a new one after expiry.
export const CACHE_POLICIES = {
  /** Reader pages: a day; a minute of staleness after expiry is harmless. */
  page: { sharedMaxAge: 86_400, staleWhileRevalidate: 60 },
  /** Search results: many distinct URLs, each rarely asked twice; an hour is plenty. */
  search: { sharedMaxAge: 3_600, staleWhileRevalidate: 60 },
  /** Feeds and sitemaps: polled by machines, which tolerate minutes of staleness. */
  feed: { sharedMaxAge: 86_400, staleWhileRevalidate: 600 },
} satisfies Record<string, CachePolicy>;

export type CachePolicyName = keyof typeof CACHE_POLICIES;

/** The keys of articles shown as list entries (title, excerpt, tags, comment count). */
export function listedArticleKeys(items: { id: number }[]): string[] {
  return items.flatMap((item) => [cacheKey.article(item.id), cacheKey.comments(item.id)]);
}

/**
 * Declares what the response shows (cache keys) and how a shared cache may keep it. Called by
 * pages, layouts and route handlers, as often as they like: keys add up, the shortest policy
 * wins. Every response also expires at the next scheduled change, since no write announces it.
 */
export async function cacheAs(policy: CachePolicyName, ...keys: string[]): Promise<void> {
  const context = responseContextStore().getStore();
  if (!context) return;
  for (const key of keys) context.keys.add(key);
  const chosen = CACHE_POLICIES[policy];
  if (!context.policy || chosen.sharedMaxAge < context.policy.sharedMaxAge) context.policy = chosen;
  context.expiresAt = Math.min(context.expiresAt, await nextScheduledChange());
}

/** Marks the response as 410 Gone: the origin server sends the page with that status. */
export function markGone(): void {
  const context = responseContextStore().getStore();
  if (context) context.gone = true;
}

/** The response is for one reader only (see ResponseContext.personal): `private, no-store`. */
export function markPersonal(): void {
  const context = responseContextStore().getStore();
  if (context) context.personal = true;
}
