// What a page tells the HTTP layer about its response, collected while it renders: the cache
// keys it shows (lib/cache-keys.ts) and how long a shared cache may keep it. The origin server
// (origin/server.ts) opens one context per request and turns it into Surrogate-Key and
// Cache-Control headers; pages and route handlers fill it through server/http/http-cache.ts.
// The context lives on globalThis because the origin server and Next's bundle each load
// their own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";

export type CachePolicy = {
  /** Seconds a shared cache (the front server, Varnish, a CDN) may serve the response. */
  sharedMaxAge: number;
  /** Seconds past that a shared cache may serve it stale while it fetches a new copy. */
  staleWhileRevalidate: number;
};

export type ResponseContext = {
  keys: Set<string>;
  policy: CachePolicy | null;
  /** Epoch ms: the response must not be served after this (a scheduled article goes live). */
  expiresAt: number;
  /** The page is not found because it was removed on purpose: the origin answers 410, not 404. */
  gone?: boolean;
  /** Shows something to one reader only (a guest's held comment, by her link): never stored by a shared cache. */
  personal?: boolean;
};

const STORE = Symbol.for("blattwerk.response-context");
type WithStore = typeof globalThis & { [STORE]?: AsyncLocalStorage<ResponseContext> };

export function responseContextStore(): AsyncLocalStorage<ResponseContext> {
  const global = globalThis as WithStore;
  global[STORE] ??= new AsyncLocalStorage<ResponseContext>();
  return global[STORE];
}

export function newResponseContext(): ResponseContext {
  return { keys: new Set(), policy: null, expiresAt: Infinity };
}

/** The Cache-Control of a response a shared cache may keep; browsers always revalidate (ETag). */
export function sharedCacheControl(context: ResponseContext, now = Date.now()): string | null {
  if (!context.policy || context.keys.size === 0 || context.personal) return null;
  let { sharedMaxAge, staleWhileRevalidate } = context.policy;
  if (context.expiresAt !== Infinity) {
    // Fresh until the scheduled article goes live, and never served stale past that moment.
    sharedMaxAge = Math.min(sharedMaxAge, Math.max(0, Math.floor((context.expiresAt - now) / 1000)));
    staleWhileRevalidate = 0;
  }
  if (sharedMaxAge <= 0) return null;
  return `public, max-age=0, s-maxage=${sharedMaxAge}${staleWhileRevalidate > 0 ? `, stale-while-revalidate=${staleWhileRevalidate}` : ""}`;
}
