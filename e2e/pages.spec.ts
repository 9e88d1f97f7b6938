import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";

// Static pages, menus, the legal drafts every site starts with, the article trash and the
// share image. Readers are anonymous contexts going through the front server's page cache.

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

async function anonymous(browser: Browser, baseURL: string, javaScriptEnabled = true): Promise<Page> {
  return (await newContext(browser, baseURL, { javaScriptEnabled })).newPage();
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Fills the page editor (the article editor without category, tags, comments or schedule) and saves. */
async function savePage(page: Page, fields: { title?: string; slug?: string; body?: string; status?: string }) {
  if (fields.title !== undefined) await page.locator("#article-title").fill(fields.title);
  if (fields.slug !== undefined) await page.locator("#article-slug").fill(fields.slug);
  if (fields.body !== undefined) await page.locator("#article-body").fill(fields.body);
  if (fields.status !== undefined) await page.locator("#article-status").selectOption(fields.status);
  await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/dashboard/pages"),
    ),
    page.getByRole("button", { name: "Speichern", exact: true }).click(),
  ]);
}

async function pageId(sql: postgres.Sql, slug: string): Promise<number> {
  const [row] = await sql<{ id: number }[]>`select id from pages where slug = ${slug}`;
  return row.id;
}

test.describe("static pages", () => {
  test("an admin writes, publishes, renames and deletes a page; readers find it at /<slug> without date or comments", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    const admin = await as("admin");
    const id = unique();
    await admin.goto("/dashboard/pages/new");
    await expect(admin.locator("#article-category")).toHaveCount(0);
    await expect(admin.locator("#article-comments")).toHaveCount(0);
    await expect(admin.locator("#article-status option[value=scheduled]")).toHaveCount(0);
    await savePage(admin, { title: `Über uns ${id}`, slug: "search", body: "## Wer wir sind\n\nEin Team." });
    await expect(admin.locator("#article-slug-error")).toContainText("gehört schon zur Website");
    await savePage(admin, { slug: "" });
    await expect(admin).toHaveURL(/\/dashboard\/pages\/\d+\/edit\?saved=1$/);
    const slug = `ueber-uns-${id}`;
    const reader = await anonymous(browser, baseURL!);
    expect((await reader.goto(`/${slug}`))!.status()).toBe(404);

    await savePage(admin, { status: "published" });
    await expect(admin.locator("#article-state")).toContainText("Öffentlich seit");
    expect((await reader.goto(`/${slug}`))!.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Über uns ${id}`);
    await expect(reader.locator(".article-body h2")).toHaveText("Wer wir sind");
    await expect(reader.locator("#comments")).toHaveCount(0);
    await expect(reader.locator("time.article__date")).toHaveCount(0);
    await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og-default\.png$/);
    await expectAxeClean(reader);
    expect(await (await reader.request.get("/sitemap.xml")).text()).toContain(`/${slug}</loc>`);

    await savePage(admin, { slug: `team-${id}` });
    const old = await reader.request.get(`/${slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toContain(`/team-${id}`);
    await expectAxeClean(admin);

    // Deleting asks first, on a page of its own: it works without JavaScript.
    const pid = await pageId(sql, `team-${id}`);
    const noScript = await newContext(browser, baseURL!, {
      javaScriptEnabled: false,
      storageState: await admin.context().storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(`/dashboard/pages/${pid}/delete`);
    await plain.getByRole("button", { name: "Ja, Seite endgültig löschen" }).click();
    await expect(plain).toHaveURL(/\/dashboard\/pages\?deleted=1$/);
    await expect(plain.getByRole("status")).toHaveText("Die Seite wurde gelöscht.");
    expect((await reader.goto(`/team-${id}`))!.status()).toBe(404);
    await noScript.close();
  });

  test("pages are for admins: authors get 403 and no menu entry", async ({ as, sql }) => {
    const author = await as("author");
    expect((await author.goto("/dashboard/pages"))!.status()).toBe(403);
    expect((await author.goto("/dashboard/menus"))!.status()).toBe(403);
    const [impressum] = await sql<{ id: number }[]>`select id from pages where system_key = 'impressum'`;
    expect((await author.goto(`/dashboard/pages/${impressum.id}/edit`))!.status()).toBe(403);
    await author.goto("/dashboard");
    const nav = author.getByRole("navigation", { name: "Dashboard-Navigation" });
    await expect(nav.getByRole("link", { name: "Seiten" })).toHaveCount(0);
    await expect(author.locator("#legal-notice")).toHaveCount(0);
  });
});

test.describe("menus and legal pages", () => {
  test("the demo has its categories in the header and Kontakt in the footer; drafts stay hidden", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("navigation", { name: "Hauptnavigation" });
    await expect(header.getByRole("link", { name: "SEO", exact: true })).toBeVisible();
    const footer = page.getByRole("navigation", { name: "Über diese Website" });
    await expect(footer.getByRole("link", { name: "Kontakt" })).toHaveAttribute("href", "/kontakt");
    // Impressum and Datenschutz are drafts until the owner fills them in.
    await expect(footer.getByRole("link", { name: "Impressum" })).toHaveCount(0);
  });

  test("admins add, order and remove menu items; external links are marked", async ({ as, browser, baseURL }) => {
    const admin = await as("admin");
    const id = unique();
    await admin.goto("/dashboard/menus");
    await expectAxeClean(admin);
    const form = admin.getByRole("form", { name: "Neuer Eintrag" });
    await form.getByLabel("Beschriftung").fill(`Partner ${id}`);
    await form.getByLabel("Menü").selectOption("footer");
    await form.getByLabel("Ziel").selectOption("url");
    await form.getByLabel("Externe Adresse").fill("ftp://falsch");
    await form.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    await expect(admin.locator("#menu-form-url-error")).toContainText("http://");
    await form.getByLabel("Externe Adresse").fill("https://partner.example/");
    await form.getByRole("button", { name: "Eintrag hinzufügen" }).click();
    await expect(admin).toHaveURL(/saved=1/);

    const reader = await anonymous(browser, baseURL!);
    await reader.goto("/");
    const footer = reader.getByRole("navigation", { name: "Über diese Website" });
    const link = footer.getByRole("link", { name: `Partner ${id} (externer Link)` });
    await expect(link).toHaveAttribute("href", "https://partner.example/");
    await expect(footer.getByRole("listitem").last()).toContainText(`Partner ${id}`);

    await admin.getByRole("button", { name: `„Partner ${id}“ nach oben` }).click();
    await expect(admin).toHaveURL(/moved=1/);
    await reader.reload();
    await expect(footer.getByRole("listitem").last()).not.toContainText(`Partner ${id}`);

    await admin.getByRole("button", { name: `„Partner ${id}“ entfernen` }).click();
    await expect(admin).toHaveURL(/deleted=1/);
    await reader.reload();
    await expect(footer.getByRole("link", { name: new RegExp(`Partner ${id}`) })).toHaveCount(0);
  });

  test("admins see a notice until Impressum and Datenschutz are published; forms then link the privacy notice", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    const admin = await as("admin");
    await admin.goto("/dashboard");
    const notice = admin.locator("#legal-notice");
    await expect(notice).toContainText("§ 5 DDG");
    await expectAxeClean(admin);
    await notice.getByRole("link", { name: "Datenschutzerklärung bearbeiten" }).click();
    await expect(admin.locator("#article-body")).toHaveValue(/Art\. 13 Datenschutz-Grundverordnung/);
    await savePage(admin, { status: "published" });
    await expect(admin.locator("#article-state")).toContainText("Öffentlich seit");
    try {
      await admin.goto("/dashboard");
      await expect(notice.getByRole("link")).toHaveText(["Impressum bearbeiten"]);

      const reader = await anonymous(browser, baseURL!);
      await reader.goto("/signup");
      await expect(reader.getByRole("link", { name: "Hinweise zum Datenschutz" })).toHaveAttribute(
        "href",
        "/datenschutz",
      );
      const commenter = await as("reader");
      await commenter.goto("/posts/heimnetzwerk-einrichten");
      await expect(
        commenter.locator(".comment-form").getByRole("link", { name: "Hinweise zum Datenschutz" }),
      ).toBeVisible();
    } finally {
      await sql`update pages set status = 'draft', published_at = null where system_key = 'datenschutz'`;
    }
  });
});

test.describe("trash", () => {
  test("an author trashes an article (410 for readers, comments kept) and restores it; an admin deletes it for good without JavaScript", async ({
    as,
    sql,
    signedIn,
    browser,
    baseURL,
  }) => {
    const owner = signedIn.author.user;
    const slug = `papierkorb-${unique()}`;
    const [article] = await sql<{ id: number }[]>`
      insert into articles (slug, title, body, status, published_at, author_id, category_id)
      values (${slug}, ${`Weg damit ${slug}`}, 'Text', 'published', now() - interval '1 hour', ${owner.id},
              (select id from categories order by position limit 1))
      returning id`;
    await sql`insert into comments (article_id, author_id, body, status) values (${article.id}, ${owner.id}, 'Bleibt', 'approved')`;
    const reader = await anonymous(browser, baseURL!);
    expect((await reader.goto(`/posts/${slug}`))!.status()).toBe(200);

    const author = await as("author");
    await author.goto(`/dashboard/articles/${article.id}/edit`);
    await author.getByRole("button", { name: "In den Papierkorb" }).click();
    await expect(author.locator("#article-state")).toHaveText("Im Papierkorb – nicht öffentlich");
    // Deleting for good is for admins.
    await expect(author.getByRole("link", { name: "Endgültig löschen" })).toHaveCount(0);
    expect((await author.goto(`/dashboard/articles/${article.id}/delete`))!.status()).toBe(403);
    await author.goto(`/dashboard/articles/${article.id}/edit`);
    await expectAxeClean(author);
    const gone = await reader.goto(`/posts/${slug}`);
    expect(gone!.status()).toBe(410);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Dieser Artikel wurde entfernt");
    const [{ n }] = await sql<
      { n: number }[]
    >`select count(*)::int as n from comments where article_id = ${article.id}`;
    expect(n).toBe(1);

    await author.getByRole("button", { name: "Wiederherstellen" }).click();
    await expect(author.locator("#article-state")).toHaveText("Entwurf – nicht öffentlich");
    expect((await reader.goto(`/posts/${slug}`))!.status()).toBe(404);
    await author.getByRole("button", { name: "In den Papierkorb" }).click();
    await expect(author.locator("#article-state")).toHaveText("Im Papierkorb – nicht öffentlich");

    const admin = await as("admin");

    const noScript = await newContext(browser, baseURL!, {
      javaScriptEnabled: false,
      storageState: await admin.context().storageState(),
    });
    const plain = await noScript.newPage();
    await plain.goto(`/dashboard/articles/${article.id}/edit`);
    await plain.getByRole("link", { name: "Endgültig löschen" }).click();
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Artikel endgültig löschen");
    await plain.getByRole("button", { name: "Ja, endgültig löschen" }).click();
    await expect(plain).toHaveURL(/\/dashboard\/articles\?deleted=1$/);
    expect((await sql`select 1 from articles where id = ${article.id}`).length).toBe(0);
    expect((await reader.goto(`/posts/${slug}`))!.status()).toBe(404);
    await noScript.close();
  });
});

test.describe("sharing", () => {
  test("an article without a cover shares the default image, in the tags and the JSON-LD", async ({ page }) => {
    await page.goto("/posts/heimnetzwerk-einrichten");
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og-default\.png$/);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", /\/og-default\.png$/);
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    const posting = ld.map((s) => JSON.parse(s) as Record<string, unknown>).find((d) => d["@type"] === "BlogPosting");
    expect(String(posting?.image)).toMatch(/^https?:\/\/.+\/og-default\.png$/);
    const comments = posting?.comment as { datePublished?: string }[];
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((c) => typeof c.datePublished === "string")).toBe(true);
  });

  test("a tag without visible articles is not a page", async ({ request, sql }) => {
    const slug = `leer-${unique()}`;
    await sql`insert into tags (slug, name) values (${slug}, ${slug})`;
    expect((await request.get(`/tag/${slug}`)).status()).toBe(404);
  });
});
