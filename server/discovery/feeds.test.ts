import { XMLValidator } from "fast-xml-parser";
import { afterEach, describe, expect, it } from "vitest";
import { buildAtom, buildRss, FEED_ITEM_LIMIT } from "@/lib/feed";
import { createArticle, createComment, createUser } from "@/tests/data";
import { getAuthorFeed, getCategoryFeed, getCommentsFeed, getSiteFeed, getTagFeed } from "@/server/discovery/feeds";

afterEach(() => {
  delete process.env.FEED_FULL_TEXT;
  delete process.env.SITE_URL;
});

describe("feeds", () => {
  it("list the newest visible articles with absolute URLs, excerpt only by default", async () => {
    process.env.SITE_URL = "https://blattwerk.example";
    const feed = await getSiteFeed("rss");
    expect(feed.items.length).toBeLessThanOrEqual(FEED_ITEM_LIMIT);
    expect(feed.selfUrl).toBe("https://blattwerk.example/feed.xml");
    const dates = feed.items.map((item) => item.published.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/blattwerk\.example\/posts\//);
      expect(item.contentHtml).toBeUndefined();
    }
    const urls = feed.items.map((item) => item.url);
    expect(urls).not.toContain("https://blattwerk.example/posts/strukturierte-daten-leitfaden");
    expect(urls).not.toContain("https://blattwerk.example/posts/barrierefreie-websites-praxisleitfaden");
    expect(XMLValidator.validate(buildRss(feed))).toBe(true);
    expect(XMLValidator.validate(buildAtom(await getSiteFeed("atom")))).toBe(true);
  });

  it("carry the full text when FEED_FULL_TEXT=true", async () => {
    process.env.FEED_FULL_TEXT = "true";
    const author = await createUser("author");
    const article = await createArticle(author.id, {
      body: "Ein **voller** Text.",
      publishedAt: new Date(Date.now() - 1000),
    });
    const feed = await getAuthorFeed(author.slug!, "rss");
    expect(feed?.items.map((i) => i.title)).toEqual([article.title]);
    expect(feed?.items[0].contentHtml).toContain("<strong>voller</strong>");
    process.env.FEED_FULL_TEXT = "vielleicht";
    await expect(getAuthorFeed(author.slug!, "rss")).rejects.toThrow(/FEED_FULL_TEXT/);
  });

  it("exist per category, tag and author, and not for unknown slugs", async () => {
    expect((await getCategoryFeed("internet", "rss"))?.items.map((i) => i.url)).toContainEqual(
      expect.stringContaining("/posts/heimnetzwerk-einrichten"),
    );
    expect((await getTagFeed("netzwerk", "atom"))?.items.map((i) => i.url)).toContainEqual(
      expect.stringContaining("/posts/heimnetzwerk-einrichten"),
    );
    expect((await getAuthorFeed("julia-berger", "rss"))?.items.length).toBeGreaterThan(0);
    expect(await getCategoryFeed("gibt-es-nicht", "rss")).toBeNull();
    expect(await getTagFeed("gibt-es-nicht", "rss")).toBeNull();
    expect(await getAuthorFeed("gibt-es-nicht", "rss")).toBeNull();
  });

  it("show only approved, not deleted comments of a visible article", async () => {
    const author = await createUser("author");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const approved = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Freigegeben <b>fett</b>",
      status: "approved",
    });
    await createComment({ articleId: article.id, authorId: reader.id, body: "Wartet", status: "pending" });
    await createComment({ articleId: article.id, authorId: reader.id, body: "Spam", status: "spam" });
    await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Gelöscht",
      status: "approved",
      deletedAt: new Date(),
    });
    const feed = await getCommentsFeed(article.slug);
    expect(feed?.items).toHaveLength(1);
    expect(feed?.items[0]).toMatchObject({
      summaryHtml: "<p>Freigegeben &lt;b&gt;fett&lt;/b&gt;</p>",
      authorName: reader.name,
    });
    expect(feed?.items[0].url).toMatch(new RegExp(`/posts/${article.slug}#comment-${approved.id}$`));
    expect(XMLValidator.validate(buildRss(feed!))).toBe(true);

    const draft = await createArticle(author.id, { status: "draft" });
    await createComment({ articleId: draft.id, authorId: reader.id, body: "Am Entwurf", status: "approved" });
    expect(await getCommentsFeed(draft.slug)).toBeNull();
  });
});
