import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, categories, menuItems, siteDataVersion, sponsors } from "@/db/schema";
import { getSiteData } from "@/server/site/site-data";
import { createArticle, createUser } from "@/tests/data";

// Outside a React render `cache` keeps nothing, so each call here is one request of its own.
let n = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${++n}`;
const version = async () => (await db.select().from(siteDataVersion).where(eq(siteDataVersion.id, 1)))[0]?.version;

describe("site-wide data kept per worker", () => {
  it("is read once and kept while nothing changes", async () => {
    const first = await getSiteData();
    expect(await getSiteData()).toBe(first);
  });

  it("a write to what every page shows bumps the version in its transaction, and the next request reads it", async () => {
    const kept = await getSiteData();
    const before = await version();
    const name = `Rubrik ${unique()}`;
    const [category] = await db
      .insert(categories)
      .values({ name, slug: `rubrik-${unique()}` })
      .returning();
    expect(await version()).toBeGreaterThan(before!);
    const fresh = await getSiteData();
    expect(fresh).not.toBe(kept);
    expect(fresh.categories.map((c) => c.name)).toContain(name);
    await db.delete(categories).where(eq(categories.id, category.id));
  });

  it("saving an article no menu links leaves the copy alone", async () => {
    const author = await createUser("author");
    // Its builder may add a category (a write to every page's frame): read the copy after it.
    const article = await createArticle(author.id, { status: "draft" });
    const kept = await getSiteData();
    await db
      .update(articles)
      .set({ title: `Entwurf ${unique()}` })
      .where(eq(articles.id, article.id));
    expect(await getSiteData()).toBe(kept);
  });

  it("renaming an article a menu links refreshes the menu", async () => {
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const [item] = await db
      .insert(menuItems)
      .values({ menu: "header", position: 99, label: `Verlinkt ${unique()}`, target: "article", targetId: article.id })
      .returning();
    await getSiteData();
    const slug = `umbenannt-${unique()}`;
    await db.update(articles).set({ slug }).where(eq(articles.id, article.id));
    expect((await getSiteData()).menus.header.map((l) => l.href)).toContain(`/posts/${slug}`);
    await db.delete(menuItems).where(eq(menuItems.id, item.id));
  });

  it("a scheduled change that has come since the copy was read (a sponsor's period starting) is read without any write", async () => {
    const title = `Sponsor ${unique()}`;
    const kept = await getSiteData();
    // Its period starts at the insert's time: after the copy was read, before the next request.
    const [sponsor] = await db
      .insert(sponsors)
      .values({ title, text: "Werbung.", url: "https://sponsor.example", position: "sidebar", activeFrom: sql`now()` })
      .returning();
    // The insert bumped the version; undone, only the schedule can tell that the copy is old.
    await db.execute(sql`update site_data_version set version = version - 1 where id = 1`);
    const fresh = await getSiteData();
    expect(fresh).not.toBe(kept);
    expect(fresh.sponsors.sidebar.map((s) => s.title)).toContain(title);
    await db.delete(sponsors).where(eq(sponsors.id, sponsor.id));
  });

  it("without its row (a truncated table) nothing is kept", async () => {
    await db.delete(siteDataVersion).where(eq(siteDataVersion.id, 1));
    const first = await getSiteData();
    expect(await getSiteData()).not.toBe(first);
    await db.insert(siteDataVersion).values({ id: 1, version: 1 }).onConflictDoNothing();
  });
});
