import { randomUUID } from "node:crypto";
import { demoArticles, demoUsers } from "../db/demo-content";
import { expect, test } from "./fixtures";

// Discovery and SEO: search, metadata, structured data, reader comfort, public files (feeds: e2e/feeds.spec.ts).
// Rows a test adds carry unique slugs and are removed again, so no other spec sees them.

const internet = demoArticles.find((a) => a.slug === "heimnetzwerk-einrichten")!;
const unique = () => randomUUID().slice(0, 8);
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}${u.hash}`;
};

type JsonLdNode = Record<string, unknown> & { "@type": string };

async function readJsonLd(page: import("@playwright/test").Page): Promise<JsonLdNode[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  // JSON.parse throws on anything a title could have broken.
  return blocks.flatMap((text) => JSON.parse(text) as JsonLdNode | JsonLdNode[]);
}

test.describe("search", () => {
  test("the header search box finds a German inflected form, highlighted, and results are noindex", async ({
    page,
  }) => {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Suche" }).getByRole("searchbox", { name: "Suchbegriff" });
    await box.fill("Netzwerke");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=Netzwerke$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suchergebnisse für „Netzwerke“");
    const hit = page.locator("main article").filter({ has: page.getByRole("link", { name: internet.title }) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator("mark").first()).toHaveText(/^Netzwerk/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("the search works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Suchbegriff" }).fill("Netzwerke");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect(page.getByRole("link", { name: internet.title })).toBeVisible();
    await context.close();
  });

  test("hostile and absurd queries get a clear, fast answer", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of [`'); drop table articles; --`, "a & | ! :* <->", `<script>alert(1)</script>`]) {
      await page.goto("/");
      const box = page.getByRole("search", { name: "Suche" }).getByRole("searchbox");
      await box.fill(query);
      const started = Date.now();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes("/search?")),
        box.press("Enter"),
      ]);
      expect(response.status(), query).toBe(200);
      expect(Date.now() - started, query).toBeLessThan(5_000);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Suchergebnisse");
    }
    // 10,000 characters: longer than the box allows, so straight to the URL.
    const started = Date.now();
    const response = await page.goto(`/search?q=${encodeURIComponent("Netzwerk ".repeat(1_100).slice(0, 10_000))}`);
    expect(response?.status()).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(page.getByText("wurde auf 200 Zeichen gekürzt")).toBeVisible();
    expect((await page.goto("/search"))?.status()).toBe(200);
    await expect(page.getByText("Geben Sie einen Suchbegriff ein")).toBeVisible();
    // The articles table is still there.
    await page.goto("/search?q=Netzwerke");
    await expect(page.getByRole("link", { name: internet.title })).toBeVisible();
    expect(dialogs).toEqual([]);
  });
});

test.describe("metadata and structured data", () => {
  test("the article's JSON-LD parses and matches the visible page", async ({ page }) => {
    await page.goto(`/posts/${internet.slug}`);
    const nodes = await readJsonLd(page);
    const posting = nodes.find((n) => n["@type"] === "BlogPosting")!;
    const breadcrumb = nodes.find((n) => n["@type"] === "BreadcrumbList")!;
    const main = page.locator("main");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(posting.headline as string);
    const author = demoUsers.find((u) => u.key === internet.authorKey)!;
    expect(posting.author).toMatchObject({ "@type": "Person", name: author.name });
    expect(pathOf((posting.author as { url: string }).url)).toBe(`/author/${author.slug}`);
    await expect(main.getByRole("link", { name: author.name }).first()).toBeVisible();

    const shown = await page.locator("#comments article[id^=comment-]").count();
    expect(posting.commentCount).toBe(shown);
    await expect(main.getByRole("link", { name: `${shown} Kommentare` }).first()).toBeVisible();
    type CommentNode = { "@type": string; author: { name: string }; text: string; comment?: CommentNode[] };
    // Replies nest under their parent, as on the page: every shown comment appears once.
    const flatten = (nodes: CommentNode[]): CommentNode[] => nodes.flatMap((c) => [c, ...flatten(c.comment ?? [])]);
    const comments = flatten(posting.comment as CommentNode[]);
    expect(comments).toHaveLength(shown);
    for (const c of comments) {
      expect(c["@type"]).toBe("Comment");
      await expect(page.locator("#comments")).toContainText(c.author.name);
      await expect(page.locator("#comments")).toContainText(c.text.split("\n")[0].slice(0, 40));
    }
    expect(posting).toMatchObject({
      articleSection: "Internet",
      datePublished: new Date(internet.publishedAt).toISOString(),
    });

    const crumbs = (breadcrumb.itemListElement as { name: string; position: number }[]).map((c) => c.name);
    expect(crumbs).toEqual(["Startseite", "Internet", internet.title]);
    const visible = await page.getByRole("navigation", { name: "Brotkrumen" }).locator("li").allInnerTexts();
    expect(visible.map((t) => t.replace("›", "").trim())).toEqual(crumbs);

    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      "content",
      new Date(internet.publishedAt).toISOString(),
    );
    await expect(page.locator('meta[property="article:section"]')).toHaveAttribute("content", "Internet");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /summary/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/posts/${internet.slug}$`));
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/comments.xml"]')).toHaveCount(
      1,
    );
    await expect(page.getByText(/\d+ Min\. Lesezeit/)).toBeVisible();
  });

  test("home announces a WebSite with a SearchAction and the site feeds", async ({ page }) => {
    await page.goto("/");
    const site = (await readJsonLd(page)).find((n) => n["@type"] === "WebSite")!;
    const action = site.potentialAction as { "@type": string; target: { urlTemplate: string } };
    expect(action["@type"]).toBe("SearchAction");
    expect(action.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/feed.xml"]')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/atom.xml"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "Blattwerk");
  });

  test("a title that tries to close the JSON-LD script stays inert", async ({ page, sql }) => {
    const slug = `script-titel-${unique()}`;
    const title = `</script><script>alert(1)</script> & <!-- Titel`;
    const [author] = await sql<{ id: string }[]>`select id from users where email = 'autorin@example.com'`;
    const [category] = await sql<{ id: number }[]>`select id from categories where slug = 'internet'`;
    await sql`
      insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
      values (${slug}, ${title}, ${title}, 'Harmlos.', 'published', '2020-02-02T10:00:00Z', ${author.id}, ${category.id})`;
    try {
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      expect((await page.goto(`/posts/${slug}`))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const posting = (await readJsonLd(page)).find((n) => n["@type"] === "BlogPosting")!;
      expect(posting.headline).toBe(title);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      // A breakout would leave a script element of its own; Next's flight data merely quotes the title.
      expect(
        await page
          .locator("script")
          .evaluateAll((els) => els.filter((e) => e.textContent?.trim() === "alert(1)").length),
      ).toBe(0);
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
    } finally {
      await sql`delete from articles where slug = ${slug}`;
    }
  });
});

test.describe("reader comfort", () => {
  test("previous/next and related articles under the article; current category marked", async ({ page }) => {
    await page.goto(`/posts/${internet.slug}`);
    const more = page.getByRole("navigation", { name: "Weitere Artikel" });
    await expect(more.getByRole("link", { name: /Vorheriger Artikel/ })).toHaveAttribute(
      "href",
      /^\/posts\/ladezeit-optimieren$/,
    );
    const related = page.getByRole("region", { name: "Das könnte Sie auch interessieren" });
    const links = related.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(3);
    await expect(related.getByRole("link", { name: internet.title })).toHaveCount(0);

    await page.goto("/category/internet");
    await expect(
      page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Internet", exact: true }),
    ).toHaveAttribute("aria-current", "page");
  });

  test("the monthly archive lists a month's articles and 404s for invalid or empty months", async ({ page, sql }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Archiv" })
      .getByRole("link", { name: /^November 2026/ })
      .click();
    await expect(page).toHaveURL(/\/archive\/2026\/11$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("November 2026");
    // Other specs publish articles this month too: find the page that holds the demo article.
    const month = await sql<{ title: string }[]>`
      select title from articles where status in ('published', 'scheduled') and published_at <= now()
        and published_at >= '2026-10-31T23:00:00Z' and published_at < '2026-11-30T23:00:00Z'
      order by published_at desc, id desc`;
    const pageOf = Math.floor(month.findIndex((m) => m.title === internet.title) / 10) + 1;
    if (pageOf > 1) await page.goto(`/archive/2026/11?page=${pageOf}`);
    await expect(page.getByRole("link", { name: internet.title })).toBeVisible();
    const pastLast = Math.ceil(month.length / 10) + 1;
    for (const path of [
      "/archive/2026/13",
      "/archive/2026/1",
      "/archive/1999/01",
      "/archive/abcd/01",
      `/archive/2026/11?page=${pastLast}`,
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

test.describe("public files", () => {
  test("pages without a cover share the default image; public/ is served with a day's caching", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/^https?:\/\/[^/]+\/og-default\.png$/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image!);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const files: [string, RegExp][] = [
      ["/og-default.png", /^image\/png/],
      ["/favicon.ico", /^image\/(?:x-icon|vnd\.microsoft\.icon)/],
      ["/apple-touch-icon.png", /^image\/png/],
    ];
    for (const [path, type] of files) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toMatch(type);
      expect(response.headers()["cache-control"], path).toBe("public, max-age=86400, stale-while-revalidate=604800");
    }
    // The front server keeps them like any shareable answer.
    expect((await request.get("/og-default.png")).headers()["x-cache"]).toBe("HIT");
  });
});
