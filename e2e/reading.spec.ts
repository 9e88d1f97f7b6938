import AxeBuilder from "@axe-core/playwright";
import { demoArticles, demoCategories, demoComments, demoUsers } from "../db/demo-content";
import { expect, test } from "./fixtures";

const internet = demoArticles.find((a) => a.slug === "heimnetzwerk-einrichten")!;
// Compressed JavaScript an anonymous reader's article page may load (the performance goal).
// The front server serves anonymous pages without Next's scripts (origin/without-scripts.ts),
// so today it loads none; Next's runtime alone would be about 140 KB.
const SCRIPT_BUDGET_KB = 120;
const commentsOf = (slug: string, status: string) =>
  demoComments.filter((c) => c.articleSlug === slug && c.status === status);

test.describe("reading the site", () => {
  test("home lists the newest published articles with author, category, date and comment count", async ({
    page,
    sql,
  }) => {
    // Other specs publish articles too: the expectation comes from the database, newest first.
    const visible = await sql<{ title: string }[]>`
      select title from articles where status in ('published', 'scheduled') and published_at <= now()
      order by published_at desc, id desc`;
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Blattwerk/);
    const headings = page.locator("main article h2");
    await expect(headings).toHaveText(visible.slice(0, 10).map((v) => v.title));
    for (const hidden of demoArticles.filter((a) => a.status !== "published")) {
      await expect(page.getByText(hidden.title)).toHaveCount(0);
    }
    await page
      .getByRole("link", { name: /Ältere Artikel/ })
      .first()
      .click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator("main article h2").first()).toHaveText(visible[10].title);

    // The demo's Internet article, wherever it is listed, with everything a teaser shows.
    const pageOf = Math.floor(visible.findIndex((v) => v.title === internet.title) / 10) + 1;
    await page.goto(pageOf === 1 ? "/" : `/?page=${pageOf}`);
    const teaser = page.locator("main article").filter({ hasText: internet.title });
    await expect(teaser).toContainText(internet.excerpt);
    await expect(teaser).toContainText(demoUsers.find((u) => u.key === internet.authorKey)!.name);
    await expect(teaser.getByRole("link", { name: "Internet", exact: true })).toBeVisible();
    await expect(teaser).toContainText("20. November 2026");
    await expect(teaser).toContainText("2 Kommentare");
  });

  test("the article page shows every element of the page it is modelled on", async ({ page }) => {
    const response = await page.goto(`/posts/${internet.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${internet.title} | Blattwerk`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(internet.title);

    const sponsor = page.getByRole("link", { name: /Mehr erfahren/ }).first();
    await expect(sponsor).toHaveAttribute("rel", /sponsored/);
    await expect(page.getByText("Rankwerk Toolbox")).toBeVisible();

    const main = page.locator("main");
    await expect(main.getByRole("link", { name: "Internet", exact: true }).first()).toHaveAttribute(
      "href",
      "/category/internet",
    );
    await expect(main.locator("time").first()).toHaveText(/20\. November 2026, 11:18 Uhr/);
    await expect(main.getByRole("link", { name: "2 Kommentare" }).first()).toHaveAttribute("href", /#comments$/);
    expect(await main.locator(".article-body p, [class*=body] p").count()).toBeGreaterThanOrEqual(3);

    const author = demoUsers.find((u) => u.key === internet.authorKey)!;
    await expect(main.getByRole("link", { name: author.name }).first()).toHaveAttribute(
      "href",
      `/author/${author.slug}`,
    );

    const breadcrumb = page.getByRole("navigation", { name: "Brotkrumen" });
    await expect(breadcrumb).toHaveText(
      new RegExp(
        `Sie befinden sich hier:\\s*Startseite\\s*›\\s*Internet\\s*›\\s*${internet.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
      ),
    );
    await expect(breadcrumb.getByRole("link", { name: "Startseite" })).toHaveAttribute("href", "/");

    const comments = page.locator("#comments");
    const approved = commentsOf(internet.slug, "approved");
    await expect(comments.locator("article[id^=comment-]")).toHaveCount(approved.length);
    await expect(comments.getByText(/schreibt:/)).toHaveCount(2);
    const reply = approved.find((c) => c.parentKey)!;
    const parentArticle = comments
      .locator("li", { has: page.getByText(approved.find((c) => !c.parentKey)!.body.slice(0, 40)) })
      .first();
    await expect(parentArticle).toContainText(reply.body.split("\n\n")[0].slice(0, 40));
    for (const hidden of [...commentsOf(internet.slug, "pending"), ...commentsOf(internet.slug, "spam")]) {
      await expect(page.getByText(hidden.body.slice(0, 30))).toHaveCount(0);
    }
    const link = comments.getByRole("link", { name: "https://example.org/wlan-tipps" });
    await expect(link).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");

    await expect(page.getByRole("heading", { name: `Jetzt zu „${internet.title}“ kommentieren:` })).toBeVisible();
    await expect(page.getByText("Ihre Agentur noch nicht dabei?")).toBeVisible();
  });

  test("archives by category, tag and author paginate", async ({ page, sql }) => {
    const [author] = await sql<
      { id: string; slug: string }[]
    >`select id, slug from users where email = 'autor@example.com'`;
    const [category] = await sql<
      { id: number }[]
    >`insert into categories (slug, name) values ('archiv-test', 'Archivtest') returning id`;
    const [tag] = await sql<
      { id: number }[]
    >`insert into tags (slug, name) values ('archiv-tag', 'Archivtag') returning id`;
    for (let i = 1; i <= 12; i++) {
      const [a] = await sql<{ id: number }[]>`
        insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
        values (${`archiv-artikel-${i}`}, ${`Archivartikel ${i}`}, 'Kurz.', 'Text.', 'published', now() - ${`${i} hours`}::interval - interval '30 days', ${author.id}, ${category.id})
        returning id`;
      await sql`insert into article_tags (article_id, tag_id) values (${a.id}, ${tag.id})`;
    }
    for (const path of ["/category/archiv-test", "/tag/archiv-tag"]) {
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator("main article h2")).toHaveCount(10);
      await expect(page.locator("main article h2").first()).toHaveText("Archivartikel 1");
      expect((await page.goto(`${path}?page=2`))?.status()).toBe(200);
      await expect(page.locator("main article h2")).toHaveCount(2);
      expect((await page.goto(`${path}?page=3`))?.status()).toBe(404);
    }
    expect((await page.goto(`/author/${author.slug}?page=2`))?.status()).toBe(200);
    await expect(page.locator("main article h2").first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      demoUsers.find((u) => u.slug === author.slug)!.name,
    );
  });

  test("unknown slugs and unpublished articles answer 404", async ({ page }) => {
    const draft = demoArticles.find((a) => a.status === "draft")!;
    const scheduled = demoArticles.find((a) => a.status === "scheduled")!;
    for (const path of [
      "/posts/gibt-es-nicht",
      `/posts/${draft.slug}`,
      `/posts/${scheduled.slug}`,
      "/category/gibt-es-nicht",
      "/tag/gibt-es-nicht",
      "/author/gibt-es-nicht",
      "/gibt-es-nicht",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByRole("link", { name: "Startseite" }).first()).toBeVisible();
  });

  test("category navigation lists every category", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    for (const c of demoCategories) await expect(nav.getByRole("link", { name: c.name, exact: true })).toBeVisible();
  });

  for (const path of ["/", `/posts/${internet.slug}`]) {
    test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("reader pages render without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/posts/${internet.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(internet.title);
    await expect(page.locator(".article-body")).toContainText(internet.body.slice(0, 40));
    await expect(page.locator("#comments article[id^=comment-]")).toHaveCount(2);
    for (const comment of commentsOf(internet.slug, "approved"))
      await expect(page.locator("#comments")).toContainText(comment.body.slice(0, 40));
    await context.close();
  });

  test(`an anonymous article page loads at most ${SCRIPT_BUDGET_KB} KB of compressed JavaScript`, async ({
    browser,
  }) => {
    // A fresh context: nothing cached, no session. Bytes as they came over the wire (compressed
    // body plus response headers), as Lighthouse's transfer sizes and `npm run bench:lighthouse` count them.
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script")
        sizes.push(
          request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
        );
    });
    await page.goto(`/posts/${internet.slug}`, { waitUntil: "networkidle" });
    await expect(page.locator("#comments article[id^=comment-]")).toHaveCount(2);
    const scripts = await Promise.all(sizes);
    const totalKb = scripts.reduce((sum, s) => sum + s.bytes, 0) / 1024;
    expect(totalKb, scripts.map((s) => `${s.url} ${s.bytes}`).join("\n")).toBeLessThanOrEqual(SCRIPT_BUDGET_KB);
    await context.close();
  });
});
