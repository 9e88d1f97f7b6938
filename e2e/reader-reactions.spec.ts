import type { Browser, Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createLike, createUser } from "../tests/data";

// Issue 18, points 5 and 7: readers report comments ("Melden") and like them; the comment
// order is the reader's choice in the URL. All without JavaScript.

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function statusOf(sql: postgres.Sql, id: number) {
  const [row] = await sql<{ status: string }[]>`select status::text from comments where id = ${id}`;
  return row?.status;
}

async function anonymousPage(browser: Browser, baseURL: string): Promise<Page> {
  return (await newContext(browser, baseURL, { javaScriptEnabled: false })).newPage();
}

/** Opens the comment's "Melden" page from the article, picks a reason and sends it. */
async function report(page: Page, slug: string, commentId: number, reason: string, note = "") {
  await page.goto(`/posts/${slug}`);
  await page
    .locator(`#comment-${commentId}`)
    .getByRole("link", { name: /melden/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/c/${commentId}/melden$`));
  await page.getByLabel(reason).check();
  if (note) await page.getByLabel(/Was sollen wir noch wissen/).fill(note);
  await page.getByRole("button", { name: "Kommentar melden" }).click();
}

test.describe("reader reports", () => {
  test("three readers report without JavaScript: the comment is held, found under Gemeldet, dismissed and back", async ({
    browser,
    baseURL,
    sql,
    as,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const writer = await createUser();
    const body = `Ein umstrittener Kommentar ${unique()}`;
    const id = (await createComment({ articleId: article.id, authorId: writer.id, body, status: "approved" })).id;

    // The article page stays one shared, cached copy: the report control is a plain link.
    const reader = await anonymousPage(browser, baseURL!);
    await reader.goto(`/posts/${article.slug}`);
    const again = await reader.goto(`/posts/${article.slug}`);
    expect(again?.headers()["x-cache"]).toBe("HIT");
    await expect(reader.locator(`#comment-${id} a.comment__report`)).toHaveAttribute("href", `/c/${id}/melden`);

    await report(reader, article.slug, id, "Spam oder Werbung", "Werbung für Kaffeemaschinen");
    await expect(reader.getByRole("status")).toHaveText(/Danke! Deine Meldung ist angekommen/);
    // The same reader (same address) cannot report twice; the form keeps what was chosen.
    await report(reader, article.slug, id, "Gehört nicht zum Thema");
    await expect(reader.getByRole("alert")).toHaveText("Du hast diesen Kommentar schon gemeldet.");
    await expect(reader.getByLabel("Gehört nicht zum Thema")).toBeChecked();

    await report(await anonymousPage(browser, baseURL!), article.slug, id, "Etwas anderes");
    expect(await statusOf(sql, id)).toBe("approved");
    const third = await as("reader", { javaScriptEnabled: false });
    await report(third, article.slug, id, "Beleidigend, hasserfüllt oder bedrohlich");
    await expect(third.getByRole("status")).toHaveText(/Danke!/);
    expect(await statusOf(sql, id)).toBe("pending");

    // Readers stop seeing it at once (the front cache was purged).
    await reader.goto(`/posts/${article.slug}`);
    await expect(reader.getByText(body)).toHaveCount(0);

    const author = await as("author");
    await author.goto(`/dashboard/comments?status=reported&article=${article.id}`);
    const row = author.locator("tr[data-queue-row]", { hasText: body });
    await expect(row).toContainText("3 Meldungen");
    await expect(row).toContainText("Werbung für Kaffeemaschinen");
    await expect(row).toContainText("Spam oder Werbung");
    await Promise.all([
      author.waitForURL(/done=dismiss/),
      row.getByRole("button", { name: "Meldungen verwerfen" }).click(),
    ]);
    await expect(author.getByRole("status")).toHaveText(/Die Meldungen zu 1 Kommentar sind verworfen/);
    expect(await statusOf(sql, id)).toBe("approved");
    expect(await sql`select 1 from comment_reports where comment_id = ${id}`).toHaveLength(0);
    await reader.goto(`/posts/${article.slug}`);
    await expect(reader.getByText(body)).toBeVisible();
  });
});

test.describe("likes and order", () => {
  test("a signed-in reader likes a comment once without JavaScript; anonymous readers see the count", async ({
    browser,
    baseURL,
    as,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const body = `Ein schöner Kommentar ${unique()}`;
    const id = (await createComment({ articleId: article.id, body, status: "approved" })).id;
    const page = await as("reader", { javaScriptEnabled: false });
    await page.goto(`/posts/${article.slug}`);
    const like = page.locator(`#comment-${id}`).getByRole("button", { name: /Gefällt mir/ });
    await expect(like).toHaveText("Gefällt mir · 0");
    await expect(like).toHaveAttribute("aria-pressed", "false");
    await like.click();
    await expect(page).toHaveURL(new RegExp(`/posts/${article.slug}#comment-${id}$`));
    await expect(like).toHaveText("Gefällt mir · 1");
    await expect(like).toHaveAttribute("aria-pressed", "true");

    const anonymous = await anonymousPage(browser, baseURL!);
    await anonymous.goto(`/posts/${article.slug}`);
    await expect(anonymous.locator(`#comment-${id} .comment__likes`)).toHaveText("Gefällt 1 Person");
    await expect(anonymous.locator(`#comment-${id}`).getByRole("button")).toHaveCount(0);

    // Pressed again: the like is taken back (one per reader).
    await like.click();
    await expect(like).toHaveText("Gefällt mir · 0");
    await anonymous.goto(`/posts/${article.slug}`);
    await expect(anonymous.locator(`#comment-${id} .comment__likes`)).toHaveCount(0);
  });

  test("the reader picks the order in the URL; sorted pages name the article as canonical; replies stay nested", async ({
    browser,
    baseURL,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const fans = await Promise.all([1, 2].map(() => createUser()));
    const made = async (label: string, minutes: number, parentId?: number) =>
      (
        await createComment({
          articleId: article.id,
          parentId,
          body: `${label} ${unique()}`,
          status: "approved",
          createdAt: new Date(Date.now() - 60 * 60_000 + minutes * 60_000),
        })
      ).id;
    const oldest = await made("Der älteste", 1);
    const liked = await made("Der beliebte", 2);
    const newest = await made("Der neueste", 3);
    const reply = await made("Eine Antwort", 4, oldest);
    for (const fan of fans) await createLike(liked, fan.id);
    await createLike(reply, fans[0].id);

    const page = await anonymousPage(browser, baseURL!);
    const roots = () =>
      page
        .locator("#comments > ol.comment-list > li > article")
        .evaluateAll((nodes) => nodes.map((n) => Number(n.id.replace("comment-", ""))));
    await page.goto(`/posts/${article.slug}`);
    expect(await roots()).toEqual([oldest, liked, newest]);
    await expect(page.getByRole("navigation", { name: "Reihenfolge der Kommentare" })).toBeVisible();

    await page.getByRole("link", { name: "Beliebteste zuerst" }).click();
    await expect(page).toHaveURL(new RegExp(`/posts/${article.slug}\\?sortierung=beliebteste#comments$`));
    expect(await roots()).toEqual([liked, oldest, newest]);
    await expect(page.getByRole("link", { name: "Beliebteste zuerst" })).toHaveAttribute("aria-current", "true");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/posts/${article.slug}$`));
    await expect(page.locator(`#comment-${oldest} + ol.comment-list--replies #comment-${reply}`)).toHaveCount(1);

    await page.goto(`/posts/${article.slug}?sortierung=neueste`);
    expect(await roots()).toEqual([newest, liked, oldest]);
    // Each order is a URL of its own in the shared cache.
    const cached = await page.goto(`/posts/${article.slug}?sortierung=neueste`);
    expect(cached?.headers()["x-cache"]).toBe("HIT");
    expect((await page.goto(`/posts/${article.slug}?sortierung=quatsch`))?.status()).toBe(404);
  });
});
