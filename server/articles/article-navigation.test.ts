import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articleTags, categories, tags } from "@/db/schema";
import { createArticle, createUser } from "@/tests/data";
import {
  getAdjacentArticles,
  listArchiveMonths,
  listArticlesByMonth,
  listRelatedArticles,
} from "@/server/articles/article-navigation";
import { getPublishedArticleBySlug } from "@/server/articles/articles";

describe("article navigation", () => {
  it("links to the previous and next visible article by publication date", async () => {
    const middle = (await getPublishedArticleBySlug("ladezeit-optimieren"))!;
    const { previous, next } = await getAdjacentArticles(middle);
    expect(previous?.slug).toBe("content-strategie-fuer-kleine-unternehmen");
    expect(next?.slug).not.toBe("strukturierte-daten-leitfaden");
    expect(next).not.toBeNull();
  });

  it("relates by shared tags first, then by category, never to itself or invisible articles", async () => {
    const author = await createUser("author");
    const base = await createArticle(author.id);
    const [tag] = await db
      .insert(tags)
      .values({ slug: `verwandt-${base.id}`, name: `Verwandt ${base.id}` })
      .returning();
    const [otherCategory] = await db
      .insert(categories)
      .values({ slug: `andere-${base.id}`, name: `Andere ${base.id}` })
      .returning();
    const sameTag = await createArticle(author.id, {
      categoryId: otherCategory.id,
      publishedAt: new Date(Date.now() - 86_400_000 * 30),
    });
    const sameCategory = await createArticle(author.id, { categoryId: base.categoryId });
    const draft = await createArticle(author.id, { categoryId: base.categoryId, status: "draft" });
    await db.insert(articleTags).values([
      { articleId: base.id, tagId: tag.id },
      { articleId: sameTag.id, tagId: tag.id },
      { articleId: draft.id, tagId: tag.id },
    ]);
    const related = await listRelatedArticles(base.id);
    expect(related.map((a) => a.id)).toEqual([sameTag.id, sameCategory.id]);
  });

  it("lists archive months in the site time zone and one month's articles", async () => {
    const months = await listArchiveMonths();
    expect(months).toContainEqual({ year: 2026, month: 9 });
    const october = await listArticlesByMonth(2026, 10, 1);
    const slugs = october.items.map((a) => a.slug);
    expect(slugs).toContain("cookie-banner-und-einwilligung");
    expect(slugs).toContain("webanalyse-ohne-cookies");
    expect(slugs).not.toContain("interne-verlinkung"); // 27 September
    expect((await listArticlesByMonth(1999, 1, 1)).items).toEqual([]);
  });

  it("finds the same months as grouping every visible article would", async () => {
    const grouped = await db.execute<{ year: number; month: number }>(sql`
      select extract(year from m)::int as year, extract(month from m)::int as month
      from (select date_trunc('month', published_at at time zone 'Europe/Berlin') as m from articles
            where status in ('published', 'scheduled') and published_at <= now()) v
      group by m order by m desc limit 24`);
    expect(grouped.length).toBeGreaterThan(1);
    expect(await listArchiveMonths()).toEqual(Array.from(grouped));
  });

  it("counts a late-evening article in its local month", async () => {
    const author = await createUser("author");
    // 23:30 UTC on 31 December is 00:30 on 1 January in Berlin: a January article.
    const article = await createArticle(author.id, { publishedAt: new Date("2025-12-31T23:30:00Z") });
    expect((await listArticlesByMonth(2026, 1, 1)).items.map((a) => a.id)).toContain(article.id);
    expect((await listArticlesByMonth(2025, 12, 1)).items.map((a) => a.id)).not.toContain(article.id);
  });
});
