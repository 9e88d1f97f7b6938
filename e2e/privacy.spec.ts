import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createGuestDataLink, createUser, uniqueEmail } from "../tests/data";
import { startSmtpSink } from "../tests/smtp-sink";
import { E2E_SMTP_PORT } from "./test-env";

// A guest asks for her comments on /meine-daten; the e2e server's mail worker delivers the link
// to this SMTP server (playwright.config.ts), and everything runs without JavaScript.
const SMTP_PORT = E2E_SMTP_PORT;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(() => sink.close());

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return fs.readFileSync(await file.path(), "utf8");
}

test("a guest gets her comments by mailed link, downloads them and deletes them", async ({ browser, baseURL, sql }) => {
  test.setTimeout(60_000);
  const author = await createUser("author", { name: "Anna Autorin" });
  const article = await createArticle(author.id);
  const email = uniqueEmail("ente");
  const first = await createComment({
    articleId: article.id,
    body: "Quak, das erste Mal.",
    status: "approved",
    guestName: "Internetente",
    guestEmail: email,
    guestUrl: "https://ente.example/",
  });
  await createComment({
    articleId: article.id,
    body: "Quak, noch einmal.",
    status: "approved",
    guestName: "Internetente",
    guestEmail: email,
  });
  await createComment({
    articleId: article.id,
    parentId: first.id,
    body: "Danke für den Hinweis!",
    status: "approved",
    authorId: author.id,
  });

  const context = await newContext(browser, baseURL!, { javaScriptEnabled: false });
  const page = await context.newPage();
  // The article page is in the shared cache with her comments before she deletes them.
  await page.goto(`/posts/${article.slug}`);
  await expect(page.getByText("Quak, das erste Mal.")).toBeVisible();

  // An address without comments gets the same answer and no mail.
  const stranger = uniqueEmail("niemand");
  await page.goto("/meine-daten");
  await page.getByLabel("E-Mail-Adresse").fill(stranger);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  const answer = page.getByText("Danke. Wenn unter dieser Adresse Kommentare gespeichert sind");
  await expect(answer).toBeVisible();

  await page.goto("/meine-daten");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(answer).toBeVisible();

  await expect.poll(() => sink.delivered(email).length, { timeout: 15_000 }).toBe(1);
  expect(await sql`select 1 from mail_outbox where recipient = ${stranger}`).toHaveLength(0);
  const [{ text }] = sink.delivered(email);
  expect(text).toContain("Deine Kommentare bei");
  const link = /https?:\/\/\S+\/meine-daten\/zugang\?token=[\w-]+/.exec(text)![0];

  await page.goto(link);
  await expect(page.getByText(`Unter ${email} sind 2 Kommentare gespeichert.`)).toBeVisible();

  const json = JSON.parse(await download(page, "Als JSON herunterladen")) as { comments: Record<string, string>[] };
  expect(json.comments.map((c) => c.text)).toEqual(["Quak, das erste Mal.", "Quak, noch einmal."]);
  expect(json.comments[0]).toMatchObject({
    articleTitle: article.title,
    name: "Internetente",
    website: "https://ente.example/",
  });
  expect(json.comments[0].articleUrl).toMatch(new RegExp(`/posts/${article.slug}$`));
  const csv = await download(page, "Als CSV herunterladen");
  expect(csv).toContain('"article_title","article_url","date","name","website","status","text"');
  expect(csv).toContain('"Quak, noch einmal."');

  // Deleting asks for the confirmation first.
  await page.getByRole("button", { name: "Kommentare löschen" }).click();
  await expect(page.getByText("Bitte bestätige, dass alle Kommentare gelöscht werden sollen.")).toBeVisible();
  await page.getByLabel("Ja, alle 2 Kommentare endgültig löschen").check();
  await page.getByRole("button", { name: "Kommentare löschen" }).click();
  await expect(page.getByText("Deine Kommentare sind gelöscht.")).toBeVisible();

  // The cached article page was purged: her texts are gone, the reply stays under a placeholder.
  await page.goto(`/posts/${article.slug}`);
  await expect(page.getByText("Danke für den Hinweis!")).toBeVisible();
  await expect(page.getByText("Dieser Kommentar wurde von seinem Verfasser gelöscht.")).toBeVisible();
  await expect(page.getByText("Quak, das erste Mal.")).toHaveCount(0);
  await expect(page.getByText("Quak, noch einmal.")).toHaveCount(0);
  await expect(page.getByText("Internetente")).toHaveCount(0);

  // Used up.
  await page.goto(link);
  await expect(page.getByText("Dieser Link ist abgelaufen oder wurde schon benutzt.")).toBeVisible();
  await context.close();
});

// axe runs as a script in the page, so these pages are checked with JavaScript on.
test("the request page and the link's page have no serious or critical violations", async ({ page }) => {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const email = uniqueEmail("axe");
  await createComment({ articleId: article.id, body: "Für axe.", status: "approved", guestEmail: email });
  const token = await createGuestDataLink(email, new Date(Date.now() + 3_600_000));

  await page.goto("/meine-daten");
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.locator("[aria-invalid=true]")).toBeVisible();
  await expectAxeClean(page);

  await page.goto(`/meine-daten/zugang?token=${token}`);
  await page.getByRole("button", { name: "Kommentare löschen" }).click();
  await expect(page.getByText("Bitte bestätige, dass alle Kommentare gelöscht werden sollen.")).toBeVisible();
  await expectAxeClean(page);

  await page.goto("/meine-daten/zugang?token=abgelaufen");
  await expectAxeClean(page);
});
