import { afterEach, describe, expect, it } from "vitest";
import { pageMetadata } from "./seo";
import { env } from "./env";
import { absoluteUrl } from "./site";

afterEach(() => {
  delete process.env.SITE_URL;
  delete process.env.FEED_FULL_TEXT;
});

describe("site URL and feed settings", () => {
  it("defaults to localhost:3000 and normalises SITE_URL", () => {
    expect(env().siteUrl).toBe("http://localhost:3000");
    process.env.SITE_URL = "https://blattwerk.example/magazin/";
    expect(env().siteUrl).toBe("https://blattwerk.example/magazin");
    expect(absoluteUrl("/posts/a")).toBe("https://blattwerk.example/magazin/posts/a");
    process.env.SITE_URL = "ftp://blattwerk.example";
    expect(() => env().siteUrl).toThrow(/SITE_URL/);
    process.env.SITE_URL = "kein url";
    expect(() => env().siteUrl).toThrow(/SITE_URL/);
  });

  it("sends excerpts unless FEED_FULL_TEXT=true", () => {
    expect(env().FEED_FULL_TEXT).toBe(false);
    process.env.FEED_FULL_TEXT = "true";
    expect(env().FEED_FULL_TEXT).toBe(true);
    process.env.FEED_FULL_TEXT = "false";
    expect(env().FEED_FULL_TEXT).toBe(false);
  });
});

describe("pageMetadata", () => {
  it("keeps canonical, site feeds and card tags together, with the page's own feeds", () => {
    const meta = pageMetadata({
      title: "SEO",
      path: "/category/seo?page=2",
      feeds: [{ rss: "/category/seo/feed.xml", atom: "/category/seo/atom.xml", title: "Kategorie SEO" }],
    });
    expect(meta.alternates?.canonical).toBe("/category/seo?page=2");
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: "/feed.xml", title: "Blattwerk" },
      { url: "/category/seo/feed.xml", title: "Kategorie SEO" },
    ]);
    expect(meta.openGraph).toMatchObject({
      type: "website",
      siteName: "Blattwerk",
      locale: "de_DE",
      url: "/category/seo?page=2",
    });
    expect(meta.twitter).toMatchObject({
      card: "summary_large_image",
      images: [{ url: "/og-default.png", width: 1200, height: 630 }],
    });
    expect(meta.openGraph).toMatchObject({ images: [{ url: "/og-default.png", width: 1200, height: 630 }] });
    expect(meta.robots).toBeUndefined();
  });

  it("marks search results noindex and describes articles with an image as large cards", () => {
    expect(pageMetadata({ title: "Suche", path: "/search", noindex: true }).robots).toEqual({
      index: false,
      follow: true,
    });
    const article = pageMetadata({
      title: "A",
      path: "/posts/a",
      image: "/covers/a.jpg",
      article: {
        publishedTime: "2026-11-20T10:18:00.000Z",
        modifiedTime: "2026-11-21T10:18:00.000Z",
        authors: ["http://localhost:3000/author/x"],
        section: "Internet",
        tags: ["Netzwerk"],
      },
    });
    expect(article.openGraph).toMatchObject({
      type: "article",
      section: "Internet",
      tags: ["Netzwerk"],
      images: [{ url: "/covers/a.jpg" }],
    });
    expect(article.twitter).toMatchObject({ card: "summary_large_image" });
  });
});
