import { expect, test } from "./fixtures";
import { createArticle, createComment, createUser } from "../tests/data";
import { startSmtpSink } from "../tests/smtp-sink";
import { SignInPage, UserMenu } from "./pages/auth-pages";
import { E2E_SMTP_PORT } from "./test-env";

// The e2e server's SMTP_URL points here (playwright.config.ts); its launcher runs the outbox
// worker (scripts/start.ts), which delivers to this server.
const SMTP_PORT = E2E_SMTP_PORT;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
test.beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT);
});
test.afterAll(() => sink.close());

test("“Passwort vergessen?” mails one link that sets a new password, which then signs in", async ({ page, sql }) => {
  const user = await createUser("reader", { name: "Rita Reset" });
  await new SignInPage(page).goto();
  await page.getByRole("link", { name: "Passwort vergessen?" }).click();
  await page.locator("#forgot-email").fill(user.email);
  await page.getByRole("button", { name: "Link zum Zurücksetzen senden" }).click();
  await expect(page.getByText("Wenn zu dieser Adresse ein Konto besteht")).toBeVisible();

  await expect.poll(() => sink.delivered(user.email).length, { timeout: 15_000 }).toBe(1);
  // The worker marks the row sent after the SMTP server's answer: then no second copy can come.
  await expect
    .poll(async () => (await sql`select status from mail_outbox where recipient = ${user.email}`).map((r) => r.status))
    .toEqual(["sent"]);
  expect(sink.delivered(user.email)).toHaveLength(1);
  const [{ text }] = sink.delivered(user.email);
  expect(text).toContain("Passwort zurücksetzen bei");
  const link = /https?:\/\/\S+\/signin\/reset\?token=[\w-]+/.exec(text)![0];

  await page.goto(link);
  await page.locator("#reset-password").fill("ein-frisches-passwort");
  await page.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1$/);
  await new SignInPage(page).signIn(user.email, "ein-frisches-passwort");
  await expect(page).toHaveURL(/\/$/);
  await expect(new UserMenu(page).nav).toContainText("Rita Reset");

  // Used once: the link now only offers to ask for a new one.
  await page.goto(link);
  await expect(page.getByText("Dieser Link ist abgelaufen oder wurde schon benutzt.")).toBeVisible();
});

test("the one-click unsubscribe of a reply notification works without a session", async ({
  playwright,
  sql,
  baseURL,
}) => {
  const author = await createUser("author");
  const alice = await createUser("reader");
  const article = await createArticle(author.id);
  const parent = await createComment({
    articleId: article.id,
    authorId: alice.id,
    body: "Bitte benachrichtigen.",
    status: "approved",
    notifyReplies: true,
  });
  await createComment({
    articleId: article.id,
    parentId: parent.id,
    authorId: author.id,
    body: "Eine Antwort.",
    status: "approved",
  });
  await expect.poll(() => sink.delivered(alice.email).length, { timeout: 15_000 }).toBe(1);
  const [{ raw }] = sink.delivered(alice.email);
  expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  const unsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(raw.replace(/\r?\n[ \t]+/g, ""))![1];

  // As a mail provider does it: a bare POST, no cookies, no Origin of the site.
  const provider = await playwright.request.newContext({ baseURL });
  const response = await provider.post(unsubscribe, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  await provider.dispose();
  const [row] = await sql`select notify_replies from comments where id = ${parent.id}`;
  expect(row.notify_replies).toBe(false);
});
