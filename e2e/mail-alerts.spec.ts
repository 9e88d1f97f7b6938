import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createUser, uniqueEmail } from "../tests/data";
import { startSmtpSink } from "../tests/smtp-sink";
import { SignInPage, SignUpPage } from "./pages/auth-pages";
import { E2E_SMTP_PORT } from "./test-env";

// Author alerts and address confirmation, through the e2e server's outbox worker and a real SMTP
// server (the port playwright.config.ts gives the server as SMTP_URL).
const SMTP_PORT = E2E_SMTP_PORT;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(() => sink.close());

/** The one mail to `to` once the worker marked it sent (then no second copy can come), and the link in it. */
async function onlyMail(sql: postgres.Sql, to: string, kind: string, link: RegExp) {
  await expect.poll(() => sink.delivered(to).length, { timeout: 20_000 }).toBe(1);
  await expect
    .poll(async () =>
      (await sql`select status from mail_outbox where recipient = ${to} and kind = ${kind}`).map((r) => r.status),
    )
    .toEqual(["sent"]);
  expect(sink.delivered(to)).toHaveLength(1);
  const [{ text }] = sink.delivered(to);
  return { text, link: link.exec(text)![0] };
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signIn(page: Page, email: string, password: string) {
  await new SignInPage(page).signIn(email, password);
  await expect(page).not.toHaveURL(/\/signin/);
}

test("a comment waiting for moderation mails the article's author once; the link opens it in the dashboard", async ({
  page,
  sql,
}) => {
  const author = await createUser("author", { moderationAlerts: "instant" });
  const reader = await createUser("reader");
  const article = await createArticle(author.id);
  const held = await createComment({
    articleId: article.id,
    authorId: reader.id,
    body: "Bitte freigeben.",
    status: "pending",
  });
  await createComment({ articleId: article.id, authorId: author.id, body: "Eigener.", status: "pending" });

  const { text, link } = await onlyMail(
    sql,
    author.email,
    "moderation-alert",
    /https?:\/\/\S+\/dashboard\/comments\/\d+/,
  );
  expect(text).toContain(`„${article.title}“ geschrieben, der auf Freigabe wartet`);
  expect(link).toMatch(new RegExp(`/dashboard/comments/${held.id}$`));

  await page.goto(link);
  await signIn(page, author.email, author.password);
  await expect(page).toHaveURL(new RegExp(`/dashboard/comments/${held.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Kommentar ${held.id}` })).toBeVisible();
  await expect(page.getByText("Bitte freigeben.").first()).toBeVisible();

  // Where the author chose it: the alert settings on /account.
  await page.goto("/account");
  await expect(page.getByRole("radio", { name: "sofort" })).toBeChecked();
  await expectAxeClean(page);
  await page.getByRole("radio", { name: "täglich zusammengefasst" }).check();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  expect((await sql`select moderation_alerts from users where id = ${author.id}`)[0].moderation_alerts).toBe("daily");
});

test("the daily digest goes out once, however often its task runs", async ({ sql }) => {
  const author = await createUser("author", { moderationAlerts: "daily" });
  const reader = await createUser("reader");
  const article = await createArticle(author.id);
  const held = await createComment({
    articleId: article.id,
    authorId: reader.id,
    body: "Für morgen.",
    status: "pending",
  });
  // The cron's job, queued by hand twice (as two workers or a backfill would).
  await sql`select graphile_worker.add_job('moderation_digest', '{}'::json)`;
  await sql`select graphile_worker.add_job('moderation_digest', '{}'::json)`;
  const { link } = await onlyMail(sql, author.email, "moderation-digest", /https?:\/\/\S+\/dashboard\/comments\/\d+/);
  expect(link).toMatch(new RegExp(`/dashboard/comments/${held.id}$`));
});

test("a new account's first comment waits for the address; the mailed link confirms it and publishes the comment", async ({
  page,
  browser,
  baseURL,
  sql,
}) => {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const email = uniqueEmail("bestaetigen");
  await new SignUpPage(page).goto();
  await new SignUpPage(page).signUp("Bea Bestätigt", email, "ein-langes-passwort");
  await expect(page).toHaveURL(/\/signin\?registered=1$/);
  await signIn(page, email, "ein-langes-passwort");

  // Published at once once confirmed: no hold for first comments in this test.
  const [saved] = await sql<{ value: unknown }[]>`select value from settings where key = 'moderation'`;
  await sql`insert into settings (key, value) values ('moderation', ${sql.json({ holdFirstComment: false })})
            on conflict (key) do update set value = settings.value || excluded.value`;
  try {
    await page.goto(`/posts/${article.slug}`);
    await page.locator("#respond textarea[name=body]").fill("Mein erster Kommentar hier.");
    await page.locator("#respond").getByRole("button", { name: "Kommentar abschicken" }).click();
    await expect(page.getByText("sobald du deine E-Mail-Adresse bestätigt hast")).toBeVisible();
    await page.goto("/account");
    await expect(page.getByText("Deine E-Mail-Adresse ist noch nicht bestätigt.")).toBeVisible();
    await expectAxeClean(page);

    const reader = await (await newContext(browser, baseURL!)).newPage();
    await reader.goto(`/posts/${article.slug}`);
    await expect(reader.getByText("Mein erster Kommentar hier.")).toHaveCount(0);

    const { link } = await onlyMail(sql, email, "confirm-email", /https?:\/\/\S+\/signup\/confirm\?token=[\w-]+/);
    const other = await (await newContext(browser, baseURL!)).newPage();
    await other.goto(link);
    await expectAxeClean(other);
    await other.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
    await expect(other.getByText("deine E-Mail-Adresse ist bestätigt")).toBeVisible();

    await reader.reload();
    await expect(reader.getByText("Mein erster Kommentar hier.")).toBeVisible();
    // Used once.
    await other.goto(link);
    await expect(other.getByText("Dieser Bestätigungslink ist abgelaufen oder wurde schon benutzt.")).toBeVisible();
  } finally {
    if (saved) await sql`update settings set value = ${sql.json(saved.value as never)} where key = 'moderation'`;
    else await sql`delete from settings where key = 'moderation'`;
  }
});

test("a new address on /account takes effect only once the link mailed to it is opened", async ({ page, sql }) => {
  const user = await createUser("reader");
  const next = uniqueEmail("neue-adresse");
  await page.goto("/signin");
  await signIn(page, user.email, user.password);
  await page.goto("/account");
  await page.locator("#account-new-email").fill(next);
  await page.locator("#account-email-password").fill(user.password);
  await page.getByRole("button", { name: "E-Mail-Adresse ändern" }).click();
  await expect(page.getByText(`Öffne den Link, den wir an ${next} geschickt haben`)).toBeVisible();
  expect((await sql`select email from users where id = ${user.id}`)[0].email).toBe(user.email);

  const { link } = await onlyMail(sql, next, "confirm-email", /https?:\/\/\S+\/signup\/confirm\?token=[\w-]+/);
  expect(sink.delivered(user.email)).toHaveLength(0);
  await page.goto(link);
  await page.getByRole("button", { name: "E-Mail-Adresse bestätigen" }).click();
  await expect(page.getByText("deine neue E-Mail-Adresse ist bestätigt")).toBeVisible();
  expect((await sql`select email from users where id = ${user.id}`)[0].email).toBe(next);
});
