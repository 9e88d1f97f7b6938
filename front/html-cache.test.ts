import { describe, expect, it, vi } from "vitest";
import { HtmlCache } from "./html-cache";

const html = (text: string) => Buffer.from(`<p>${text}</p>`);

describe("HtmlCache", () => {
  it("drops everything on clear and refuses a render that started before it", () => {
    const cache = new HtmlCache();
    const before = cache.generation;
    cache.set("/a", before, 200, {}, html("a"));
    cache.clear();
    expect(cache.get("/a")).toBeUndefined();
    expect(cache.set("/b", before, 200, {}, html("b"))).toBeUndefined();
    expect(cache.set("/b", cache.generation, 200, {}, html("b"))).toBeDefined();
  });

  it("serves an entry no longer than its maximum age", () => {
    vi.useFakeTimers();
    try {
      const cache = new HtmlCache(1024, 10, 60_000);
      cache.set("/mine", cache.generation, 200, {}, html("mine"));
      vi.advanceTimersByTime(59_000);
      expect(cache.get("/mine")?.body.toString()).toBe("<p>mine</p>");
      vi.advanceTimersByTime(2_000);
      expect(cache.get("/mine")).toBeUndefined();
      expect(cache.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("evicts the least recently used entry past its byte budget, counting a replaced entry once", () => {
    const cache = new HtmlCache(135, 100); // room for ten entries of 13 bytes
    for (let i = 0; i < 10; i++) cache.set(`/${i}`, 0, 200, {}, html(`page-${i}`));
    for (let i = 0; i < 5; i++) cache.set("/0", 0, 200, {}, html("page-0"));
    expect(cache.size).toBe(10);
    cache.get("/1");
    cache.set("/10", 0, 200, {}, html("page-X"));
    expect(cache.get("/2")).toBeUndefined(); // /0 was replaced last, /1 read: /2 was the oldest
    expect([cache.get("/0"), cache.get("/1"), cache.get("/10")].every(Boolean)).toBe(true);
  });
});
