import type { Browser } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

async function articleWithReader(sql: postgres.Sql) {
  const author = await createUser("author");
  const slug = `haertetest-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const [article] = await sql<{ id: number }[]>`
    insert into articles (slug, title, excerpt, body, status, published_at, author_id, category_id)
    values (${slug}, 'Härtetest', 'Kurz.', 'Text.', 'published', now() - interval '1 hour', ${author.id}, (select id from categories where slug = 'seo'))
    returning id`;
  return { id: article.id, path: `/posts/${slug}` };
}

/** A fresh reader, signed in, on a fresh article. */
async function readerOnNewArticle(browser: Browser, baseURL: string, sql: postgres.Sql) {
  const article = await articleWithReader(sql);
  const reader = await createUser();
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await new SignInPage(page).signIn(reader.email, reader.password);
  await page.goto(article.path);
  return { article, context, page, reader };
}

const countComments = async (sql: postgres.Sql, articleId: number) =>
  (await sql<{ n: number }[]>`select count(*)::int as n from comments where article_id = ${articleId}`)[0].n;

test.describe("hostile requests", () => {
  test("a form on another site cannot post a comment with the victim's cookies, nor can a post without Origin", async ({
    browser,
    baseURL,
    sql,
  }) => {
    const { article, context, page } = await readerOnNewArticle(browser, baseURL!, sql);
    // Everything the real form would send, replayed from elsewhere.
    const form = page.locator("#respond form");
    const fields: Record<string, string> = {};
    for (const input of await form.locator("input[name]").all())
      fields[(await input.getAttribute("name"))!] = (await input.getAttribute("value")) ?? "";
    expect(Object.keys(fields).some((name) => name.startsWith("$ACTION"))).toBe(true);
    fields.body = "Gefälschter Kommentar";

    for (const origin of ["https://evil.example", undefined]) {
      const response = await page.request.post(article.path, {
        multipart: fields,
        headers: origin ? { origin } : {},
        maxRedirects: 0,
      });
      expect(response.status(), `origin ${origin}`).toBe(403);
      expect(await response.text()).toContain("Anfrage abgelehnt");
    }
    const json = await page.request.post("/api/comments", {
      data: { articleId: article.id, body: "Gefälscht per JSON", idempotencyKey: "csrf-json-1" },
      headers: { origin: "https://evil.example" },
    });
    expect(json.status()).toBe(403);
    expect(await countComments(sql, article.id)).toBe(0);

    // The same request from the site itself goes through: the refusal is about the origin.
    const own = await page.request.post(article.path, {
      multipart: fields,
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(own.status()).toBeLessThan(400);
    expect(await countComments(sql, article.id)).toBe(1);
    await context.close();
  });

  test("a 70,000-character comment and a 2 MB body are refused and leave no row", async ({ browser, baseURL, sql }) => {
    const { article, context, page } = await readerOnNewArticle(browser, baseURL!, sql);
    const long = "Sehr lang. ".repeat(6_400).slice(0, 70_000);
    await page.locator("#respond textarea[name=body]").fill(long);
    await page.locator("#respond").getByRole("button", { name: "Kommentar abschicken" }).click();
    await expect(page.locator("#respond")).toContainText("Der Kommentar ist zu lang: höchstens 5.000 Zeichen.");
    await expect(page.locator("#respond textarea[name=body]")).toHaveValue(long);

    const api = await page.request.post("/api/comments", {
      data: { articleId: article.id, body: long, idempotencyKey: "too-long-70k" },
    });
    expect(api.status()).toBe(400);
    const huge = await page.request.post("/api/comments", {
      data: { articleId: article.id, body: "x".repeat(2 * 1024 * 1024 + 10), idempotencyKey: "too-big-2mb" },
      headers: { origin: new URL(baseURL!).origin },
    });
    expect(huge.status()).toBe(413);
    expect(await huge.text()).toContain("zu groß");
    expect(await countComments(sql, article.id)).toBe(0);
    await context.close();
  });

  test("Auth.js refuses a sign-out without its CSRF token, and GET requests change nothing", async ({
    browser,
    baseURL,
    sql,
  }) => {
    const reader = await createUser();
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await new SignInPage(page).signIn(reader.email, reader.password);
    const before = (await sql<{ v: number }[]>`select session_version as v from users where id = ${reader.id}`)[0].v;

    const noToken = await page.request.post("/api/auth/signout", {
      form: { callbackUrl: "/" },
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(noToken.headers()["location"] ?? "").toMatch(/error|csrf/i);
    const wrongToken = await page.request.post("/api/auth/signout", {
      form: { csrfToken: "falsch", callbackUrl: "/" },
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(wrongToken.headers()["location"] ?? "").toMatch(/error|csrf/i);
    for (const path of ["/api/auth/signout", "/api/comments", "/account/export"]) await page.request.get(path);

    expect((await sql<{ v: number }[]>`select session_version as v from users where id = ${reader.id}`)[0].v).toBe(
      before,
    );
    await page.goto("/account");
    await expect(page).toHaveURL(/\/account$/);
    await context.close();
  });
});

test("a hostile display name and comment are escaped on every page that shows them, the dashboard included", async ({
  browser,
  baseURL,
  sql,
  as,
}) => {
  const hostile = `<img src=x onerror="alert('name')">"><script>alert(1)</script>`;
  const article = await articleWithReader(sql);
  const commenter = await createUser("reader", { name: hostile });
  const [comment] = await sql<{ id: number }[]>`
    insert into comments (article_id, author_id, body, status, idempotency_key)
    values (${article.id}, ${commenter.id}, ${`Text: ${hostile}`}, 'pending', ${`hostile-${commenter.id}`}) returning id`;
  const dialogs: string[] = [];
  const check = async (page: import("@playwright/test").Page, path: string) => {
    page.on("dialog", (d) => {
      dialogs.push(`${path}: ${d.message()}`);
      void d.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByText(hostile).first(), path).toBeVisible();
    expect(await page.locator("main img[src=x], main script:not([type]):not([src])").count(), path).toBe(0);
  };
  // The commenter sees their own held comment; the admin sees it in the queue, the detail page and the users list.
  const own = await newContext(browser, baseURL!);
  const ownPage = await own.newPage();
  await new SignInPage(ownPage).signIn(commenter.email, commenter.password);
  await check(ownPage, article.path);
  await check(ownPage, "/account");
  const admin = await as("admin");
  await check(admin, "/dashboard/comments?status=pending");
  await check(admin, `/dashboard/comments/${comment.id}`);
  await check(admin, `/dashboard/users?q=${encodeURIComponent(commenter.email)}`);
  expect(dialogs).toEqual([]);
  await own.close();
});

test.describe("refusals that say why", () => {
  test("a reader banned while the article is open is told the account is banned, by the form and by the API", async ({
    browser,
    baseURL,
    sql,
  }) => {
    const { article, context, page, reader } = await readerOnNewArticle(browser, baseURL!, sql);
    // As server/accounts/users.ts banUser does: the ban also ends the session by bumping its version.
    await sql`update users set banned_at = now(), ban_reason = 'Test', session_version = session_version + 1 where id = ${reader.id}`;
    await page.locator("#respond textarea[name=body]").fill("Noch ein letzter Kommentar");
    await page.locator("#respond").getByRole("button", { name: "Kommentar abschicken" }).click();
    await expect(page.locator("#respond")).toContainText("Dein Konto ist gesperrt. Du kannst nicht kommentieren.");
    await expect(page.locator("#respond")).not.toContainText("Bitte melde dich an");

    const api = await page.request.post("/api/comments", {
      data: { articleId: article.id, body: "Per API", idempotencyKey: "banned-api-1" },
    });
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toBe("Dein Konto ist gesperrt. Du kannst nicht kommentieren.");
    expect(await countComments(sql, article.id)).toBe(0);
    await context.close();
  });

  test("the moderation route answers a body that is no form with 400 and a German message, not 500", async ({
    as,
    baseURL,
  }) => {
    const author = await as("author");
    const origin = new URL(baseURL!).origin;
    const json = await author.request.post("/dashboard/comments/moderate", {
      data: { rowAction: "approve:1" },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(json.status()).toBe(400);
    expect(await json.text()).toBe(
      "Die Anfrage konnte nicht gelesen werden. Bitte lade die Seite neu und versuche es erneut.",
    );
    const garbage = await author.request.post("/dashboard/comments/moderate", {
      form: { rowAction: "approve:abc", returnTo: "/dashboard/comments" },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(garbage.status()).toBe(400);
    const multipartWithoutBoundary = await author.request.post("/dashboard/comments/moderate", {
      data: "kaputt",
      headers: { origin, "content-type": "multipart/form-data" },
      maxRedirects: 0,
    });
    expect(multipartWithoutBoundary.status()).toBe(400);
  });
});
