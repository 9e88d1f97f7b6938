import { SMTPServer } from "smtp-server";
import { expect, test } from "./fixtures";
import { createArticle, createComment, createUser, uniqueEmail } from "../tests/data";
import { SignInPage, SignUpPage, UserMenu } from "./pages/auth-pages";
import { E2E_SMTP_PORT } from "./test-env";

test.describe("magic link", () => {
  // The e2e server's SMTP_URL points here (playwright.config.ts); the site starts without
  // this server and connects only when it sends a link.
  const SMTP_PORT = E2E_SMTP_PORT;
  const mails: { to: string; raw: string }[] = [];
  let smtp: SMTPServer;

  test.beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));
  });
  test.afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  async function linkFor(email: string): Promise<string> {
    await expect.poll(() => mails.some((m) => m.to === email), { timeout: 10_000 }).toBe(true);
    const raw = mails.filter((m) => m.to === email).at(-1)!.raw;
    // Quoted-printable: soft line breaks and =XX escapes.
    const text = raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?[^\s"<]+/.exec(text)![0].replace(/&amp;/g, "&");
  }

  async function requestLink(page: import("@playwright/test").Page, email: string, callbackUrl = "/account") {
    await new SignInPage(page).goto(callbackUrl);
    await page.locator("#magic-email").fill(email);
    await page.getByRole("button", { name: "Link senden" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email(\?|$)/);
  }

  test("the link arrives at the SMTP server, signs in and confirms the address (releasing a kept comment)", async ({
    page,
    sql,
  }) => {
    const user = await createUser("reader", { name: "Magda Link", emailVerified: null });
    const article = await createArticle((await createUser("author")).id);
    const kept = await createComment({
      articleId: article.id,
      authorId: user.id,
      body: "Behalten.",
      status: "unconfirmed",
    });
    await requestLink(page, user.email);
    const link = await linkFor(user.email);
    await page.goto(link);
    await expect(page).toHaveURL(/\/account$/);
    await expect(new UserMenu(page).nav).toContainText("Magda Link");
    const [row] = await sql`select u.email_verified, c.status::text from users u, comments c
                            where u.id = ${user.id} and c.id = ${kept.id}`;
    expect(row.email_verified).not.toBeNull();
    expect(row.status).not.toBe("unconfirmed");
  });

  test("signing up with an address that has an account answers as for a new one, changes nothing and mails the owner", async ({
    page,
    sql,
  }) => {
    const owner = await createUser("reader", { name: "Olga Owner" });
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp("Jemand Anderes", owner.email, "ein-ganz-anderes-passwort");
    await expect(page).toHaveURL(/\/signin\?registered=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Fast geschafft" })).toBeVisible();
    await expect
      .poll(() => mails.some((m) => m.to === owner.email && m.raw.includes("Registrierungsversuch")), {
        timeout: 10_000,
      })
      .toBe(true);
    const [row] = await sql<
      { name: string; n: number }[]
    >`select name, (select count(*)::int from users where email = ${owner.email}) as n from users where email = ${owner.email}`;
    expect(row).toEqual({ name: "Olga Owner", n: 1 });
    await new SignInPage(page).signIn(owner.email, owner.password);
    await expect(page).toHaveURL(/\/$/);
  });

  test("unknown addresses get the same answer and no mail; a banned user's link does not sign in", async ({
    page,
    sql,
  }) => {
    const stranger = uniqueEmail("fremd");
    await requestLink(page, stranger);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from users where email = ${stranger}`;
    expect(n).toBe(0);

    const user = await createUser();
    await requestLink(page, user.email);
    const link = await linkFor(user.email);
    await sql`update users set banned_at = now(), ban_reason = 'Test' where id = ${user.id}`;
    await page.goto(link);
    await expect(page).toHaveURL(/\/signin\?error=banned/);
    await expect(new SignInPage(page).message).toHaveText(
      "Dein Konto ist gesperrt. Bitte wende dich an die Redaktion.",
    );
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
    expect(mails.some((m) => m.to === stranger)).toBe(false);
  });
});
