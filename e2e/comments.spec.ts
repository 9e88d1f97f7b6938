import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createUser, type TestUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

/** A fresh published article by a fresh author, so counts and rules start from zero. */
async function articleWithAuthor(options: { commentsOpen?: boolean } = {}) {
  const author = await createUser("author");
  const article = await createArticle(author.id, { commentsOpen: options.commentsOpen ?? true });
  return { ...article, path: `/posts/${article.slug}`, author };
}

/** A reader whose earlier comment was approved, so the first-comment hold does not apply. */
async function createKnownReader(articleId: number) {
  const reader = await createUser("reader");
  await createComment({
    articleId,
    authorId: reader.id,
    body: "Ein früherer, freigeschalteter Kommentar.",
    status: "approved",
    createdAt: new Date(Date.now() - 86_400_000),
  });
  return reader;
}

async function signedIn(browser: Browser, baseURL: string, user: TestUser, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(browser, baseURL, { javaScriptEnabled });
  const page = await context.newPage();
  await new SignInPage(page).signIn(user.email, user.password);
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

async function writeComment(page: Page, text: string) {
  await page.locator("#respond textarea[name=body]").fill(text);
  await page.locator("#respond").getByRole("button", { name: "Kommentar abschicken" }).click();
}

const storedBodies = async (sql: postgres.Sql, articleId: number) =>
  (
    await sql<
      { body: string; status: string }[]
    >`select body, status::text from comments where article_id = ${articleId} order by id`
  ).map((r) => `${r.status}:${r.body}`);

for (const javaScriptEnabled of [true, false]) {
  test.describe(`commenting with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test("a reader's first comment is held and visible only to them", async ({ browser, baseURL, sql }) => {
      const article = await articleWithAuthor();
      const reader = await createUser("reader");
      const page = await signedIn(browser, baseURL!, reader, javaScriptEnabled);
      await page.goto(article.path);
      await expect(page.getByRole("heading", { name: `Jetzt zu „${article.title}“ kommentieren:` })).toBeVisible();
      await writeComment(page, "Mein allererster Kommentar hier.");
      await expect(page).toHaveURL(/#comment-\d+$/);
      const own = page.locator("#comments article.comment", { hasText: "Mein allererster Kommentar hier." });
      await expect(own).toContainText("Dein Kommentar wartet auf Freischaltung.");
      expect(await storedBodies(sql, article.id)).toEqual(["pending:Mein allererster Kommentar hier."]);

      const anonymous = await (await newContext(browser, baseURL!)).newPage();
      await anonymous.goto(article.path);
      await expect(anonymous.locator("#comments")).not.toContainText("Mein allererster Kommentar");
      expect(await (await anonymous.request.get(article.path)).text()).not.toContain("Mein allererster Kommentar");
      const other = await signedIn(browser, baseURL!, await createUser(), javaScriptEnabled);
      await other.goto(article.path);
      await expect(other.locator("#comments")).not.toContainText("Mein allererster Kommentar");
    });

    test("a known reader's comment appears at once and a reply nests under its parent", async ({
      browser,
      baseURL,
    }) => {
      const article = await articleWithAuthor();
      const reader = await createKnownReader(article.id);
      const page = await signedIn(browser, baseURL!, reader, javaScriptEnabled);
      await page.goto(article.path);
      await expect(page.locator(".article__comment-count")).toHaveText("1 Kommentar");
      await page
        .locator("#comments")
        .getByRole("link", { name: /Antworten|antworten/ })
        .first()
        .click();
      await expect(page.locator("#respond")).toContainText(`Deine Antwort an ${reader.name}`);
      await writeComment(page, "Eine Antwort auf mich selbst, mit Link: https://example.org/quelle");
      await expect(page).toHaveURL(/#comment-\d+$/);

      const anonymous = await (await newContext(browser, baseURL!)).newPage();
      await anonymous.goto(article.path);
      await expect(anonymous.locator(".article__comment-count")).toHaveText("2 Kommentare");
      const parent = anonymous.locator("li.comment-thread", { hasText: "Ein früherer, freigeschalteter Kommentar." });
      const reply = parent.locator("ol.comment-list--replies article.comment", {
        hasText: "Eine Antwort auf mich selbst",
      });
      await expect(reply).toBeVisible();
      await expect(reply.getByRole("link", { name: "https://example.org/quelle" })).toHaveAttribute(
        "rel",
        "nofollow ugc noopener noreferrer",
      );
    });

    test("a validation error keeps the typed text and stores nothing", async ({ browser, baseURL, sql }) => {
      const article = await articleWithAuthor();
      const page = await signedIn(browser, baseURL!, await createKnownReader(article.id), javaScriptEnabled);
      await page.goto(article.path);
      await writeComment(page, "x");
      await expect(page.locator("#respond")).toContainText("Der Kommentar ist zu kurz");
      await expect(page.locator("#respond textarea[name=body]")).toHaveValue("x");
      await expect(page.locator("#respond textarea[name=body]")).toHaveAttribute("aria-invalid", "true");
      expect(await storedBodies(sql, article.id)).toHaveLength(1);

      await writeComment(page, "Erster Gedanke, schnell geschrieben.");
      await expect(page).toHaveURL(/#comment-\d+$/);
      await writeComment(page, "Zweiter Gedanke, gleich hinterher.");
      await expect(page.locator("#respond")).toContainText("Du kommentierst zu schnell");
      await expect(page.locator("#respond textarea[name=body]")).toHaveValue("Zweiter Gedanke, gleich hinterher.");
      expect(await storedBodies(sql, article.id)).toHaveLength(2);
    });
  });
}

test("two tabs showing one cached page post two comments, not one refused as a reused form", async ({
  browser,
  baseURL,
  sql,
}) => {
  const article = await articleWithAuthor();
  const reader = await createKnownReader(article.id);
  const first = await signedIn(browser, baseURL!, reader);
  const second = await first.context().newPage();
  // The same session loading the same page twice: a browser may show the second tab from its
  // own cache, with the server's idempotency key of the first; each view makes its own.
  await first.goto(article.path);
  await second.goto(article.path);
  const served = /name="idempotencyKey" value="([^"]+)"/.exec(
    await (await first.request.get(article.path)).text(),
  )?.[1];
  expect(served).toBeTruthy();
  const keyOf = (page: Page) => page.locator('#respond input[name="idempotencyKey"]');
  await expect(keyOf(first)).not.toHaveValue(served!);
  await expect(keyOf(second)).not.toHaveValue(served!);

  await writeComment(first, "Der erste von zwei Tabs.");
  await expect(first).toHaveURL(/#comment-\d+$/);
  // Not the flood limit's business here (one comment per 15 s): the first one is made older.
  await sql`update comments set created_at = now() - interval '1 minute' where article_id = ${article.id} and body = 'Der erste von zwei Tabs.'`;
  await writeComment(second, "Der zweite von zwei Tabs.");
  await expect(second).toHaveURL(/#comment-\d+$/);
  expect(await storedBodies(sql, article.id)).toEqual([
    "approved:Ein früherer, freigeschalteter Kommentar.",
    "approved:Der erste von zwei Tabs.",
    "approved:Der zweite von zwei Tabs.",
  ]);
});

test("a closed article shows a notice instead of the form", async ({ browser, baseURL }) => {
  const article = await articleWithAuthor({ commentsOpen: false });
  const page = await signedIn(browser, baseURL!, await createUser());
  await page.goto(article.path);
  await expect(page.locator("#respond")).toHaveText("Die Kommentare zu diesem Artikel sind geschlossen.");
  await expect(page.locator("#respond textarea")).toHaveCount(0);
});

for (const guests of [false, true]) {
  test(`anonymous readers get a sign-in link that returns them to the article (guest comments ${guests ? "on" : "off"})`, async ({
    page,
    sql,
  }) => {
    const setGuests = (on: boolean) =>
      sql`insert into settings (key, value) values ('moderation', ${sql.json({ allowGuestComments: on })})
          on conflict (key) do update set value = settings.value || excluded.value`;
    await setGuests(guests);
    try {
      const article = await articleWithAuthor();
      await page.goto(article.path);
      // With guests allowed the guest form comes first, the sign-in link beside it.
      const link = guests ? "Oder mit deinem Konto anmelden" : "Zum Kommentieren anmelden";
      await page.locator("#respond").getByRole("link", { name: link }).click();
      await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
      const reader = await createUser();
      await new SignInPage(page).signIn(reader.email, reader.password);
      await expect(page).toHaveURL(new RegExp(`${article.path}#respond$`));
      await expect(page.locator("#respond textarea[name=body]")).toBeVisible();
      await expect(page.locator("#respond input[name=email]")).toHaveCount(0);
    } finally {
      // The demo's (and so the e2e site's) setting.
      await setGuests(true);
    }
  });
}

test("own comments can be edited for ten minutes and deleted; replies stay", async ({ browser, baseURL, sql }) => {
  const article = await articleWithAuthor();
  const reader = await createKnownReader(article.id);
  const page = await signedIn(browser, baseURL!, reader);
  await page.goto(article.path);
  await writeComment(page, "Ein Kommentar mit Tippfeler.");
  const own = page.locator("#comments article.comment", { hasText: "Tippfeler" });
  await own.getByRole("link", { name: "Bearbeiten" }).click();
  await page.locator("#comments textarea[name=body]").fill("Ein Kommentar ohne Tippfehler.");
  await page.getByRole("button", { name: "Änderung speichern" }).click();
  const edited = page.locator("#comments article.comment", { hasText: "Ein Kommentar ohne Tippfehler." });
  await expect(edited).toContainText("bearbeitet");
  const [event] = await sql<
    { old_body: string }[]
  >`select old_body from moderation_events e join comments c on c.id = e.comment_id where c.article_id = ${article.id} and e.action = 'edit_own'`;
  expect(event.old_body).toBe("Ein Kommentar mit Tippfeler.");

  // The earlier comment gets a reply from the article's author, then its writer deletes it.
  const [earlier] = await sql<
    { id: number }[]
  >`select id from comments where article_id = ${article.id} and author_id = ${reader.id} order by id limit 1`;
  await sql`insert into comments (article_id, author_id, parent_id, body, status, idempotency_key)
    values (${article.id}, ${article.author.id}, ${earlier.id}, 'Danke für den Hinweis!', 'approved', ${`e2e-reply-${earlier.id}`})`;
  await page.goto(article.path);
  const earlierComment = page.locator(`#comment-${earlier.id}`);
  await earlierComment.getByText("Löschen", { exact: true }).click();
  await earlierComment.getByRole("button", { name: "Kommentar wirklich löschen" }).click();
  await expect(page.locator(`#comment-${earlier.id}`)).toContainText(
    "Dieser Kommentar wurde von seinem Verfasser gelöscht.",
  );
  await expect(page.locator("#comments")).toContainText("Danke für den Hinweis!");
});

test("every payload of the XSS list renders as inert text", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const payloads = fs
    .readFileSync(path.resolve("e2e", "data", "xss-payloads.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim().length >= 2);
  expect(payloads.length).toBeGreaterThanOrEqual(50);
  const article = await articleWithAuthor();
  // The article's author is approved at once and exempt from the flood limit.
  const page = await signedIn(browser, baseURL!, article.author);
  for (const [i, body] of payloads.entries()) {
    const response = await page.request.post("/api/comments", {
      data: { articleId: article.id, body, idempotencyKey: `xss-${article.id}-${i}` },
      headers: { origin: new URL(baseURL!).origin },
    });
    expect(response.status(), body).toBe(201);
  }
  const dialogs: string[] = [];
  const reader = await (await newContext(browser, baseURL!)).newPage();
  reader.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // 50 threads a page: the payloads fill two comment pages.
  let shown = 0;
  let text = "";
  for (const url of [article.path, `${article.path}?comments=2`]) {
    await reader.goto(url);
    // Give event-handler payloads (onmouseover, onfocus, …) their chance to fire.
    await reader.locator("#comments").hover();
    await reader.keyboard.press("Tab");
    await reader.waitForTimeout(300);
    const comments = reader.locator("#comments");
    shown += await comments.locator("article.comment").count();
    // The only images are the avatars the page itself puts in each comment's header.
    expect(
      await comments
        .locator(
          "script, img:not(.comment__header > .comment__avatar), svg, iframe, object, embed, video, audio, input, select, textarea, form, style, link, meta, base, math, marquee",
        )
        .count(),
    ).toBe(0);
    for (const src of await comments
      .locator(".comment__avatar")
      .evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src"))))
      expect(src).toMatch(/^\/avatars\/[a-f0-9]{20}\.svg$/);
    expect(await comments.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
    text += await comments.innerText();
  }
  expect(dialogs).toEqual([]);
  expect(shown).toBe(payloads.length);
  for (const body of payloads) expect(text).toContain(body.trim().slice(0, 20));
});

test("the API refuses a too-quick second comment with 429 and stores one comment per key", async ({
  browser,
  baseURL,
  sql,
  request,
}) => {
  const article = await articleWithAuthor();
  const page = await signedIn(browser, baseURL!, await createKnownReader(article.id));
  const post = (body: string, key: string) =>
    page.request.post("/api/comments", { data: { articleId: article.id, body, idempotencyKey: key } });
  const first = await post("Per API geschrieben.", `api-${article.id}-1`);
  expect(first.status()).toBe(201);
  const retried = await post("Per API geschrieben.", `api-${article.id}-1`);
  expect(retried.status()).toBe(200);
  expect((await retried.json()).id).toBe((await first.json()).id);
  const tooQuick = await post("Gleich noch einer.", `api-${article.id}-2`);
  expect(tooQuick.status()).toBe(429);
  expect(Number(tooQuick.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await tooQuick.json()).error).toContain("zu schnell");
  expect(await storedBodies(sql, article.id)).toHaveLength(2);
  const anonymous = await request.post("/api/comments", {
    data: { articleId: article.id, body: "Ohne Anmeldung", idempotencyKey: `api-${article.id}-3` },
  });
  expect(anonymous.status()).toBe(401);
  expect(await storedBodies(sql, article.id)).toHaveLength(2);
});
