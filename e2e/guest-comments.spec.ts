import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createUser, uniqueEmail } from "../tests/data";

// Guests comment without an account (README "Guest comments"): with JavaScript off, as every
// anonymous page is served, and without making the shared, cached page personal.

async function guestArticle() {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  return { ...article, path: `/posts/${article.slug}` };
}

async function fillGuestForm(page: Page, fields: { body: string; name: string; email: string; url?: string }) {
  const respond = page.locator("#respond");
  await respond.locator("textarea[name=body]").fill(fields.body);
  await respond.getByLabel("Name").fill(fields.name);
  await respond.getByLabel("E-Mail-Adresse").fill(fields.email);
  if (fields.url !== undefined) await respond.getByLabel("Website (optional)").fill(fields.url);
}

const send = (page: Page) => page.locator("#respond").getByRole("button", { name: "Kommentar abschicken" }).click();

/** The minimum fill time (lib/limits.ts GUEST_MIN_FILL_SECONDS) counts from the form's render: a person takes longer. */
const takeTimeToWrite = (page: Page) => page.waitForTimeout(3_500);

test.describe("guest comments", () => {
  test.beforeAll(async ({ sql }) => {
    await sql`insert into settings (key, value) values ('moderation', ${sql.json({ allowGuestComments: true })})
              on conflict (key) do update set value = settings.value || excluded.value`;
  });

  test("a guest comments without JavaScript: kept input on errors, then her held comment shown to her alone, the page still shared and cached", async ({
    browser,
    baseURL,
    request,
    sql,
  }) => {
    const article = await guestArticle();
    // Another reader fills the shared cache first (a fetch that overlapped the new article's
    // own purge is not stored, so it may take a second request).
    await expect.poll(async () => (await request.get(article.path)).headers()["x-cache"]).toBe("HIT");

    const context = await newContext(browser, baseURL!, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(article.path);
    // The same HTML the other reader got: the form is nobody's in particular.
    const form = page.locator("#respond form");
    await expect(form.locator("input[name=startedAt]")).toHaveCount(1);

    // A wrong email: the error next to the field, everything typed still there.
    await fillGuestForm(page, {
      body: "Ein Gruß aus dem Teich!",
      name: "Internetente",
      email: "ente-at-teich",
      url: "ente.example.org",
    });
    await send(page);
    await expect(page.locator("#respond")).toContainText("Bitte gib eine gültige E-Mail-Adresse an.");
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#respond textarea[name=body]")).toHaveValue("Ein Gruß aus dem Teich!");
    await expect(page.getByLabel("Name")).toHaveValue("Internetente");
    await expect(page.getByLabel("Website (optional)")).toHaveValue("ente.example.org");

    const email = uniqueEmail("ente");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await takeTimeToWrite(page);
    await send(page);
    await expect(page).toHaveURL(/[?&]guest=[^#]+#comment-\d+$/);
    const own = page.locator("#comments article.comment", { hasText: "Ein Gruß aus dem Teich!" });
    await expect(own).toContainText("Internetente schreibt:");
    await expect(own).toContainText("Dein Kommentar wartet auf Freischaltung.");
    const [stored] = await sql<{ status: string; guest_email: string; guest_url: string }[]>`
      select status::text, guest_email, guest_url from comments where article_id = ${article.id}`;
    expect(stored).toEqual({ status: "pending", guest_email: email, guest_url: "https://ente.example.org/" });
    // Her page is hers alone: no shared cache keeps it.
    const mine = await page.request.get(page.url());
    expect(mine.headers()["cache-control"]).toBe("private, no-store");
    // The email is never shown, not even to her.
    expect(await page.content()).not.toContain(email);

    // Everyone else: the shared page from the cache, without her held comment.
    const other = await request.get(article.path);
    expect(other.headers()["x-cache"]).toBe("HIT");
    expect(await other.text()).not.toContain("Ein Gruß aus dem Teich!");
    // A forged link shows nothing either.
    const forged = await request.get(`${article.path}?guest=1.9999999999999.abcdefghijklmnop`);
    expect(await forged.text()).not.toContain("Ein Gruß aus dem Teich!");
    await context.close();
  });

  test("a guest whose earlier comment was approved is published at once, linked with nofollow ugc; replies work the same way", async ({
    browser,
    baseURL,
    sql,
  }) => {
    const article = await guestArticle();
    const email = uniqueEmail("stammgast");
    const earlier = await createComment({
      articleId: article.id,
      body: "Mein erster, freigeschalteter Kommentar.",
      status: "approved",
      guestName: "Stammgast",
      guestEmail: email,
      createdAt: new Date(Date.now() - 86_400_000),
    });
    // Mail is configured for the e2e site: her address counts only once confirmed by the mailed link.
    await sql`insert into guest_emails (email) values (${email})`;
    const context = await newContext(browser, baseURL!, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${article.path}?replytocom=${earlier.id}#respond`);
    await expect(page.locator("#respond")).toContainText("Deine Antwort an Stammgast");
    await fillGuestForm(page, {
      body: "Und gleich eine Antwort darauf.",
      name: "Stammgast",
      email,
      url: "https://stamm.example.org",
    });
    await takeTimeToWrite(page);
    await send(page);
    await expect(page).toHaveURL(/#comment-\d+$/);
    const reply = page.locator(`#comment-${earlier.id}`).locator("xpath=..").locator("article.comment", {
      hasText: "Und gleich eine Antwort darauf.",
    });
    await expect(reply).toContainText("Stammgast schreibt:");
    await expect(reply.getByRole("link", { name: "Stammgast", exact: true })).toHaveAttribute(
      "rel",
      "nofollow ugc noopener noreferrer",
    );
    await context.close();
  });

  test("the honeypot and a form sent at once store nothing and keep the text", async ({ browser, baseURL, sql }) => {
    const article = await guestArticle();
    const context = await newContext(browser, baseURL!, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(article.path);
    await fillGuestForm(page, { body: "Gleich abgeschickt.", name: "Eilig", email: uniqueEmail("eilig") });
    await send(page);
    await expect(page.locator("#respond")).toContainText("Das ging zu schnell.");
    await expect(page.locator("#respond textarea[name=body]")).toHaveValue("Gleich abgeschickt.");

    await page.locator("#respond input[name=homepage]").fill("http://spam.example", { force: true });
    await takeTimeToWrite(page);
    await send(page);
    await expect(page.locator("#respond")).toContainText("Dein Kommentar konnte nicht angenommen werden.");
    expect(await sql`select 1 from comments where article_id = ${article.id}`).toHaveLength(0);
    await context.close();
  });

  test("axe finds no serious or critical violations in the guest form, with field errors shown", async ({ page }) => {
    const article = await guestArticle();
    await page.goto(article.path);
    await send(page);
    await expect(page.locator("#respond [aria-invalid=true]").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
