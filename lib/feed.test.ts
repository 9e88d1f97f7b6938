import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildAtom, buildRss, feedResponse, type Feed } from "./feed";

const hostile = `Titel mit </title><script>alert(1)</script> & „Zitat“ ]]>`;

const feed: Feed = {
  title: `Blattwerk & Co <Test>`,
  description: "Artikel, Anleitungen und Meinungen.",
  pageUrl: "https://example.org/",
  selfUrl: "https://example.org/feed.xml",
  language: "de-DE",
  generator: "Blattwerk",
  items: [
    {
      url: "https://example.org/posts/a?x=1&y=2",
      title: hostile,
      summaryHtml: "<p>Kurz &amp; gut</p>",
      contentHtml: "<p>Der <strong>ganze</strong> Text</p>",
      published: new Date("2026-11-20T10:18:00Z"),
      updated: new Date("2026-11-21T08:00:00Z"),
      authorName: "Sabine <Hartmann>",
      authorUrl: "https://example.org/author/sabine-hartmann",
      categories: ["Internet", "Netzwerk"],
    },
    {
      url: "https://example.org/posts/b",
      title: "Zweiter",
      summaryHtml: "<p>Nur Auszug</p>",
      published: new Date("2026-11-17T07:47:00Z"),
      updated: new Date("2026-11-17T07:47:00Z"),
      authorName: "Markus",
    },
  ],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("RSS 2.0", () => {
  const xml = buildRss(feed);
  type Rss = { rss: { "@version": string; channel: Record<string, unknown> & { item: Record<string, unknown>[] } } };
  const { rss } = parser.parse(xml) as Rss;

  it("is well-formed with the required channel and item elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss["@version"]).toBe("2.0");
    expect(rss.channel.title).toBe(feed.title);
    expect(rss.channel.link).toBe("https://example.org/");
    expect(rss.channel.description).toBe(feed.description);
    for (const item of rss.channel.item) {
      for (const name of ["title", "link", "guid", "pubDate", "description"]) expect(item[name], name).toBeDefined();
    }
  });

  it("keeps hostile text as text and dates in RFC 822", () => {
    const [first, second] = rss.channel.item;
    expect(first.title).toBe(hostile);
    expect(first.link).toBe("https://example.org/posts/a?x=1&y=2");
    expect(first.pubDate).toBe("Fri, 20 Nov 2026 10:18:00 GMT");
    expect(first.description).toBe("<p>Kurz &amp; gut</p>");
    expect(first["content:encoded"]).toBe("<p>Der <strong>ganze</strong> Text</p>");
    expect(second["content:encoded"]).toBeUndefined();
    expect(xml).not.toContain("<script>");
  });
});

describe("Atom 1.0", () => {
  const xml = buildAtom(feed);
  type Atom = { feed: Record<string, unknown> & { entry: Record<string, unknown>[] } };
  const atom = (parser.parse(xml) as Atom).feed;

  it("is well-formed with the required feed and entry elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(atom["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(atom.id).toBe("https://example.org/feed.xml");
    expect(atom.updated).toBe("2026-11-21T08:00:00.000Z");
    for (const entry of atom.entry) {
      for (const name of ["id", "title", "updated", "link", "author"]) expect(entry[name], name).toBeDefined();
    }
    expect((atom.entry[0].title as { "#text": string })["#text"]).toBe(hostile);
    expect((atom.entry[0].author as { name: string }).name).toBe("Sabine <Hartmann>");
  });

  it("has a valid updated date for an empty feed", () => {
    const empty = buildAtom({ ...feed, items: [], emptyUpdated: new Date("2026-01-01T00:00:00Z") });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain("<updated>2026-01-01T00:00:00.000Z</updated>");
  });
});

describe("feedResponse", () => {
  it("sends the registered content types", () => {
    expect(feedResponse(feed, "rss").headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(feedResponse(feed, "atom").headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  });
});
