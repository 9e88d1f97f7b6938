import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, describe, expect, it } from "vitest";
import { getSitemapPage, getSitemapRoot } from "@/server/discovery/sitemap";

afterEach(() => {
  delete process.env.SITE_URL;
});

const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
const locs = (xml: string) =>
  ((parser.parse(xml) as { urlset: { url?: { loc: string }[] } }).urlset.url ?? []).map((u) => u.loc);

describe("sitemap", () => {
  it("lists home, visible articles and the archives with articles", async () => {
    process.env.SITE_URL = "https://blattwerk.example";
    const xml = await getSitemapRoot();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = locs(xml);
    for (const path of [
      "/",
      "/posts/heimnetzwerk-einrichten",
      "/category/internet",
      "/tag/netzwerk",
      "/author/julia-berger",
      "/archive/2026/11",
    ]) {
      expect(urls).toContain(`https://blattwerk.example${path}`);
    }
    expect(urls).not.toContain("https://blattwerk.example/posts/strukturierte-daten-leitfaden");
    expect(urls).not.toContain("https://blattwerk.example/posts/barrierefreie-websites-praxisleitfaden");
    expect(new Set(urls).size).toBe(urls.length);
    expect(xml).toMatch(/<url><loc>https:\/\/blattwerk\.example\/posts\/heimnetzwerk-einrichten<\/loc><lastmod>2026-/);
  });

  it("splits into a sitemap index and numbered files past the page size", async () => {
    const all = locs(await getSitemapRoot());
    const pageSize = 7;
    const index = await getSitemapRoot(pageSize);
    expect(XMLValidator.validate(index)).toBe(true);
    const files = (parser.parse(index) as { sitemapindex: { sitemap: { loc: string }[] } }).sitemapindex.sitemap.map(
      (s) => s.loc,
    );
    expect(files).toHaveLength(Math.ceil(all.length / pageSize));
    expect(files[0]).toBe("http://localhost:3000/sitemaps/1.xml");

    const collected: string[] = [];
    for (let page = 1; page <= files.length; page++) {
      const xml = await getSitemapPage(page, pageSize);
      expect(xml).not.toBeNull();
      const urls = locs(xml!);
      expect(urls.length).toBeLessThanOrEqual(pageSize);
      collected.push(...urls);
    }
    expect(collected).toEqual(all);
    expect(await getSitemapPage(files.length + 1, pageSize)).toBeNull();
    expect(await getSitemapPage(0, pageSize)).toBeNull();
  });
});
