import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  buildSitemapIndex,
  buildUrlSet,
  needsSitemapIndex,
  SITEMAP_PAGE_SIZE,
  sitemapPageCount,
  sitemapSlice,
} from "./sitemap";

describe("sitemap splitting", () => {
  it("uses one file up to the protocol's 50,000 URLs, an index beyond", () => {
    expect(SITEMAP_PAGE_SIZE).toBe(50_000);
    expect(needsSitemapIndex(50_000)).toBe(false);
    expect(needsSitemapIndex(50_001)).toBe(true);
    expect(sitemapPageCount(50_001)).toBe(2);
    expect(sitemapPageCount(0)).toBe(1);
  });

  it("slices pages with a small page size", () => {
    expect(sitemapPageCount(11, 5)).toBe(3);
    expect(sitemapSlice(1, 11, 5)).toEqual({ offset: 0, limit: 5 });
    expect(sitemapSlice(3, 11, 5)).toEqual({ offset: 10, limit: 5 });
    expect(sitemapSlice(4, 11, 5)).toBeNull();
    expect(sitemapSlice(0, 11, 5)).toBeNull();
    expect(sitemapSlice(1.5, 11, 5)).toBeNull();
  });
});

describe("sitemap XML", () => {
  const parser = new XMLParser();

  it("writes a valid URL set with escaped locations and ISO lastmod", () => {
    const xml = buildUrlSet([
      { url: "https://example.org/?a=1&b=<2>", lastModified: new Date("2026-11-20T10:18:00Z") },
      { url: "https://example.org/x" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url;
    expect(urls[0]).toEqual({ loc: "https://example.org/?a=1&b=<2>", lastmod: "2026-11-20T10:18:00.000Z" });
    expect(urls[1].lastmod).toBeUndefined();
  });

  it("writes a valid sitemap index", () => {
    const xml = buildSitemapIndex([
      { url: "https://example.org/sitemaps/1.xml" },
      { url: "https://example.org/sitemaps/2.xml" },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const locs = (parser.parse(xml) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map(
      (s) => s.loc,
    );
    expect(locs).toEqual(["https://example.org/sitemaps/1.xml", "https://example.org/sitemaps/2.xml"]);
  });
});
