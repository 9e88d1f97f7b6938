import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { demoArticles, demoCategories } from "./demo-content";
import { seedDemoContent } from "./seed";

const url = inject("databaseUrl");
const sql = postgres(url, { max: 1, onnotice: () => {} });

async function counts() {
  const [row] = await sql<Record<string, number>[]>`
    select (select count(*)::int from users) as users, (select count(*)::int from articles) as articles,
           (select count(*)::int from comments) as comments, (select count(*)::int from categories) as categories,
           (select count(*)::int from tags) as tags, (select count(*)::int from article_tags) as article_tags,
           (select count(*)::int from sponsors) as sponsors`;
  return row;
}

describe("demo content", () => {
  afterAll(() => sql.end());

  it("is seeded once however often the seed runs", async () => {
    const before = await counts();
    const slugs = demoArticles.map((a) => a.slug);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from articles where slug = any(${slugs})`;
    expect(n).toBe(demoArticles.length);
    await seedDemoContent(url);
    await seedDemoContent(url);
    expect(await counts()).toEqual(before);
  });

  it("has what the demo promises: authors, categories, roles and the Internet article's comments", async () => {
    const roles = await sql<{ role: string }[]>`select distinct role::text from users order by 1`;
    expect(roles.map((r) => r.role)).toEqual(["admin", "author", "reader"]);
    const [{ authors, categories }] = await sql<{ authors: number; categories: number }[]>`
      select count(distinct author_id)::int as authors, count(distinct category_id)::int as categories
      from articles where status = 'published'`;
    expect(authors).toBeGreaterThanOrEqual(2);
    expect(categories).toBeGreaterThanOrEqual(3);
    const [{ published }] = await sql<
      { published: number }[]
    >`select count(*)::int as published from articles where status = 'published'`;
    expect(published).toBeGreaterThanOrEqual(8);

    const statuses = await sql<{ status: string; n: number }[]>`
      select c.status::text, count(*)::int as n from comments c
      join articles a on a.id = c.article_id join categories k on k.id = a.category_id
      where a.slug = 'heimnetzwerk-einrichten' and k.slug = 'internet' group by 1 order by 1`;
    expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ approved: 2, pending: 1, spam: 1 });
  });

  it("gives the demo a header menu of its categories and a footer with Impressum, Datenschutz and Kontakt", async () => {
    const items = await sql<{ menu: string; label: string; target: string }[]>`
      select menu::text, label, target::text from menu_items where menu = 'footer' or target = 'category'
      order by menu, position, id`;
    expect(items.filter((i) => i.menu === "header").map((i) => i.label)).toEqual(demoCategories.map((c) => c.name));
    expect(items.filter((i) => i.menu === "footer").map((i) => i.label)).toEqual([
      "Impressum",
      "Datenschutz",
      "Kontakt",
    ]);
    const legal = await sql<{ slug: string; status: string }[]>`
      select slug, status::text from pages where system_key is not null order by slug`;
    expect(legal).toEqual([
      { slug: "datenschutz", status: "draft" },
      { slug: "impressum", status: "draft" },
    ]);
  });
});
