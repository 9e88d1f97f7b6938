// Rendered HTML for anonymous readers, kept in memory and thrown away on every write.
import { createHash } from "node:crypto";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";

export type CachedPage = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  gzip?: Buffer;
  brotli?: Buffer;
  bytes: number;
  storedAt: number;
};

export class HtmlCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  /** Bumped on every clear: a render that started before a write must not be stored after it. */
  generation = 0;
  /** The next moment a scheduled article goes live: everything cached before expires then. */
  expiresAt = Infinity;

  constructor(
    private maxBytes = 128 * 1024 * 1024,
    private maxEntries = 10_000,
    /** Beyond every write clearing it: the longest an entry may be served at all. */
    private maxAgeMs = Infinity,
  ) {}

  get(key: string): CachedPage | undefined {
    if (Date.now() >= this.expiresAt) this.clear();
    const page = this.pages.get(key);
    if (page && Date.now() - page.storedAt > this.maxAgeMs) {
      this.pages.delete(key);
      this.bytes -= page.bytes;
      return undefined;
    }
    if (page) {
      // Least recently used goes first: re-insert to move this key to the end.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, generation: number, status: number, headers: Record<string, string>, body: Buffer): CachedPage | undefined {
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const page: CachedPage = { status, headers, body, etag, bytes: body.length, storedAt: Date.now() };
    if (generation !== this.generation || body.length > this.maxBytes / 10) return undefined;
    const replaced = this.pages.get(key);
    if (replaced) this.bytes -= replaced.bytes;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.bytes;
    for (const [oldKey, old] of this.pages) {
      if (this.bytes <= this.maxBytes && this.pages.size <= this.maxEntries) break;
      this.pages.delete(oldKey);
      this.bytes -= old.bytes;
    }
    return page;
  }

  /** Compressed once per entry, on first demand. */
  encoded(page: CachedPage, encoding: "br" | "gzip"): Buffer {
    if (encoding === "br") {
      page.brotli ??= brotliCompressSync(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });
      return page.brotli;
    }
    page.gzip ??= gzipSync(page.body, { level: 6 });
    return page.gzip;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
    this.generation++;
    this.expiresAt = Infinity;
  }

  get size(): number {
    return this.pages.size;
  }
}
