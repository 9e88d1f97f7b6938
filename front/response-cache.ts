// The front server's store: responses kept by URL, for as long as their Cache-Control allows,
// indexed by the keys of their Surrogate-Key header so a purge drops exactly those.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

export type Freshness = { maxAgeSeconds: number; staleSeconds: number };

export type CachedResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  keys: string[];
  storedAt: number;
  freshUntil: number;
  staleUntil: number;
  bytes: number;
  gzip?: Buffer;
  brotli?: Buffer;
};

/** What a shared cache may do with a response, from its Cache-Control; null: don't store it. */
export function freshnessOf(cacheControl: string | undefined): Freshness | null {
  if (!cacheControl) return null;
  const directives = new Map<string, string>();
  for (const part of cacheControl.toLowerCase().split(",")) {
    const [name, value = ""] = part.trim().split("=");
    directives.set(name, value.replace(/"/g, ""));
  }
  if (directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return null;
  const maxAge = Number(directives.get("s-maxage") ?? directives.get("max-age") ?? 0);
  if (!(maxAge > 0)) return null;
  const stale = Number(directives.get("stale-while-revalidate") ?? 0);
  return { maxAgeSeconds: maxAge, staleSeconds: stale > 0 ? stale : 0 };
}

export class ResponseCache {
  private entries = new Map<string, CachedResponse>();
  private byKey = new Map<string, Set<string>>();
  private bytes = 0;
  /** Counts purges; a fetch that started before a purge of one of its keys is not stored. */
  private epoch = 0;
  private purgedAt = new Map<string, number>();
  private purgedAllAt = 0;

  constructor(
    private maxBytes = 96 * 1024 * 1024,
    private maxEntries = 20_000,
  ) {}

  /** To be passed back to `set`: marks when the fetch of a response started. */
  begin(): number {
    return this.epoch;
  }

  get(url: string): CachedResponse | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    if (Date.now() >= entry.staleUntil) {
      this.remove(url);
      return undefined;
    }
    // Least recently used goes first: re-insert to move this URL to the end.
    this.entries.delete(url);
    this.entries.set(url, entry);
    return entry;
  }

  set(
    url: string,
    startedAt: number,
    status: number,
    headers: Record<string, string>,
    body: Buffer,
    keys: string[],
    freshness: Freshness,
  ): CachedResponse | undefined {
    if (body.length > this.maxBytes / 10 || this.purgedSince(startedAt, keys)) return undefined;
    const now = Date.now();
    const freshUntil = now + freshness.maxAgeSeconds * 1000;
    const entry: CachedResponse = {
      status,
      headers,
      body,
      etag: headers.etag ?? `"${createHash("sha1").update(body).digest("base64url")}"`,
      keys,
      storedAt: now,
      freshUntil,
      staleUntil: freshUntil + freshness.staleSeconds * 1000,
      bytes: body.length,
    };
    this.remove(url);
    this.entries.set(url, entry);
    this.bytes += entry.bytes;
    for (const key of keys) {
      let urls = this.byKey.get(key);
      if (!urls) this.byKey.set(key, (urls = new Set()));
      urls.add(url);
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.remove(oldest);
    }
    return entry;
  }

  /** Drops every response carrying one of the keys; `all` drops everything. */
  purge(keys: Iterable<string>): number {
    this.epoch++;
    let dropped = 0;
    for (const key of keys) {
      if (key === "all") {
        dropped += this.entries.size;
        this.clear();
        continue;
      }
      this.purgedAt.set(key, this.epoch);
      for (const url of this.byKey.get(key) ?? []) dropped += this.remove(url) ? 1 : 0;
    }
    // Only fetches still in flight need these marks; a long purge history is cut short by
    // treating it as a purge of everything (those fetches are simply not stored).
    if (this.purgedAt.size > 10_000) {
      this.purgedAt.clear();
      this.purgedAllAt = this.epoch;
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
    this.byKey.clear();
    this.bytes = 0;
    this.purgedAt.clear();
    this.purgedAllAt = ++this.epoch;
  }

  /** Compressed once per entry, on first demand. */
  encoded(entry: CachedResponse, encoding: "br" | "gzip"): Buffer {
    if (encoding === "br") {
      entry.brotli ??= brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });
      return entry.brotli;
    }
    entry.gzip ??= gzipSync(entry.body, { level: 6 });
    return entry.gzip;
  }

  get size(): number {
    return this.entries.size;
  }

  private purgedSince(startedAt: number, keys: string[]): boolean {
    if (this.purgedAllAt > startedAt) return true;
    return keys.some((key) => (this.purgedAt.get(key) ?? 0) > startedAt);
  }

  private remove(url: string): boolean {
    const entry = this.entries.get(url);
    if (!entry) return false;
    this.entries.delete(url);
    this.bytes -= entry.bytes;
    for (const key of entry.keys) {
      const urls = this.byKey.get(key);
      urls?.delete(url);
      if (urls?.size === 0) this.byKey.delete(key);
    }
    return true;
  }
}
