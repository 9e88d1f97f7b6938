import { describe, expect, it } from "vitest";
import { ARTICLES_PER_PAGE } from "@/lib/pagination";
import {
  getAuthorBySlug,
  getCategoryBySlug,
  getPublishedArticleBySlug,
  listArticlesByAuthor,
  listArticlesByCategory,
  listArticlesByTag,
  listCategories,
  listPublishedArticles,
} from "@/server/articles/articles";

// Reads the seeded demo content; other test files add rows of their own, so assertions
// look at demo slugs rather than at totals.
describe("reader article queries (demo content)", () => {
  it("lists published articles newest first, a page at a time", async () => {
    const first = await listPublishedArticles(1);
    expect(first.items).toHaveLength(ARTICLES_PER_PAGE);
    expect(first.hasPrevious).toBe(false);
    expect(first.hasNext).toBe(true);
    const dates = first.items.map((a) => a.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const second = await listPublishedArticles(2);
    expect(second.hasPrevious).toBe(true);
    expect(second.items.length).toBeGreaterThan(0);
    expect((await listPublishedArticles(99)).items).toEqual([]);
    const slugs = [...first.items, ...second.items].map((a) => a.slug);
    expect(slugs).not.toContain("strukturierte-daten-leitfaden"); // draft
    expect(slugs).not.toContain("barrierefreie-websites-praxisleitfaden"); // scheduled in the future
  });

  it("returns DTOs with approved comment counts only", async () => {
    const article = await getPublishedArticleBySlug("heimnetzwerk-einrichten");
    expect(article).toMatchObject({
      approvedCommentCount: 2,
      category: { slug: "internet", name: "Internet" },
      author: { slug: "julia-berger", name: "Julia Berger" },
      commentsOpen: true,
    });
    expect(article?.tags.map((t) => t.slug).sort()).toEqual(["datenschutz", "netzwerk"]);
    expect(Object.keys(article!.author).sort()).toEqual(["bio", "id", "name", "photo", "slug"]);
    // Other test files add their own articles; the demo category holds only demo content.
    const listed = (await listArticlesByCategory("internet", 1)).items.find(
      (a) => a.slug === "heimnetzwerk-einrichten",
    );
    expect(listed?.approvedCommentCount).toBe(2);
  });

  it("hides unknown, draft and future articles", async () => {
    expect(await getPublishedArticleBySlug("nope")).toBeNull();
    expect(await getPublishedArticleBySlug("strukturierte-daten-leitfaden")).toBeNull();
    expect(await getPublishedArticleBySlug("barrierefreie-websites-praxisleitfaden")).toBeNull();
  });

  it("filters archives by category, tag and author", async () => {
    const internet = await listArticlesByCategory("internet", 1);
    expect(internet.items.length).toBeGreaterThan(0);
    expect(internet.items.every((a) => a.category.slug === "internet")).toBe(true);
    const tagged = await listArticlesByTag("netzwerk", 1);
    expect(tagged.items.every((a) => a.tags.some((t) => t.slug === "netzwerk"))).toBe(true);
    const byAuthor = await listArticlesByAuthor("julia-berger", 1);
    expect(byAuthor.items.every((a) => a.author.slug === "julia-berger")).toBe(true);
  });

  it("finds categories and public author profiles", async () => {
    const demo = ["internet", "seo", "online-marketing", "technik"];
    expect((await listCategories()).map((c) => c.slug).filter((slug) => demo.includes(slug))).toEqual(demo);
    expect(await getCategoryBySlug("seo")).toMatchObject({ name: "SEO" });
    expect(await getCategoryBySlug("nope")).toBeNull();
    expect(await getAuthorBySlug("julia-berger")).toMatchObject({ name: "Julia Berger", slug: "julia-berger" });
    expect(await getAuthorBySlug("joerg-weissmueller")).toBeNull(); // a reader without articles
  });
});
