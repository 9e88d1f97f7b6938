import AxeBuilder from "@axe-core/playwright";
import { SMTPServer } from "smtp-server";
import { expect, newContext, test } from "./fixtures";
import { createUser, uniqueEmail } from "../tests/data";
import { SignInPage, SignUpPage, UserMenu } from "./pages/auth-pages";

const INVALID = "E-Mail-Adresse oder Passwort ist falsch.";

test.describe("sign-up, sign-in, sign-out", () => {
  test("sign up, sign out and sign in again; the cookie is HttpOnly and SameSite=Lax and dies with sign-out", async ({
    page,
    browser,
    baseURL,
    sql,
  }) => {
    const email = uniqueEmail("neu");
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await expect(page.getByRole("heading", { level: 1, name: "Registrieren" })).toBeVisible();
    await signUp.signUp("Neue Leserin", `  ${email.toUpperCase()} `, "mein-langes-passwort");
    // The answer an address with an account gets too (magic-link tests below): sign in now.
    await expect(page).toHaveURL(/\/signin\?registered=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Fast geschafft" })).toBeVisible();
    await new SignInPage(page).signIn(email, "mein-langes-passwort");
    await expect(page).toHaveURL(/\/$/);

    const [row] = await sql<
      { role: string; email: string }[]
    >`select role::text, email from users where email = ${email}`;
    expect(row).toEqual({ role: "reader", email }); // normalised, and a reader

    const cookie = (await page.context().cookies()).find((c) => c.name.includes("authjs.session-token"));
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe("Lax");

    await page.goto("/account");
    const menu = new UserMenu(page);
    await expect(menu.nav).toContainText("Neue Leserin");
    await expect(menu.nav.getByRole("link", { name: "Konto" })).toBeVisible();
    await expect(menu.nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0); // readers have none
    await menu.signOut();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
    await expect(new UserMenu(page).nav.getByRole("link", { name: "Anmelden" })).toBeVisible();

    // The copied cookie from before the sign-out no longer opens the account.
    const thief = await newContext(browser, baseURL!);
    await thief.addCookies([cookie!]);
    const stolen = await thief.newPage();
    await stolen.goto("/account");
    await expect(stolen).toHaveURL(/\/signin/);
    // Nor does Auth.js's own session endpoint answer with her name, email, id or role.
    const session = await thief.request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    expect(await session.json()).toBeNull();
    await thief.close();

    const signIn = new SignInPage(page);
    await signIn.signIn(email, "mein-langes-passwort");
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto" })).toBeVisible();
  });

  test("sign-up shows errors next to the fields and keeps what was typed, except the password", async ({ page }) => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.signUp("Jürgen", "jürgen@exаmple.de", "kurz");
    const email = page.locator("#signup-email");
    await expect(page.locator("#signup-email-error")).toContainText("Sonderzeichen");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAttribute("aria-describedby", /signup-email-error/);
    await expect(page.locator("#signup-password-error")).toContainText("mindestens 10 Zeichen");
    await expect(page.locator("#signup-name")).toHaveValue("Jürgen");
    await expect(email).toHaveValue("jürgen@exаmple.de");
    await expect(page.locator("#signup-password")).toHaveValue("");
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    const user = await createUser();
    const signIn = new SignInPage(page);
    await signIn.signIn(user.email, "falsches-passwort");
    await expect(signIn.message).toHaveText(INVALID);
    await expect(signIn.email).toHaveValue(user.email);
    await expect(signIn.password).toHaveValue("");
    await signIn.signIn(uniqueEmail("niemand"), "falsches-passwort");
    await expect(signIn.message).toHaveText(INVALID);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("sign-in and its errors work as plain form posts", async ({ page }) => {
      const user = await createUser();
      const signIn = new SignInPage(page);
      await signIn.goto("/account");
      await signIn.signIn(user.email, "falsches-passwort");
      await expect(signIn.message).toHaveText(INVALID);
      await signIn.signIn(user.email, user.password);
      await expect(page).toHaveURL(/\/account$/);
    });
  });

  test("after 5 failures the address is locked for a while, also for the right password and for raw posts (429); the owner elsewhere is not", async ({
    page,
    browser,
    baseURL,
  }) => {
    const user = await createUser();
    const signIn = new SignInPage(page);
    for (let i = 0; i < 5; i++) {
      await signIn.signIn(user.email, `falsch-${i}-falsch`);
      await expect(signIn.message).toHaveText(INVALID);
    }
    await signIn.signIn(user.email, user.password);
    await expect(signIn.message).toHaveText(/^Zu viele Anmeldeversuche\. Bitte versuche es in 1[45] Minuten erneut\.$/);
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);

    const raw = await page.request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password: user.password },
      maxRedirects: 0,
    });
    expect(raw.status()).toBe(429);
    expect(Number(raw.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await raw.json()).message).toMatch(/Zu viele Anmeldeversuche/);

    // A stranger's guesses do not lock the account: its owner signs in from her own address.
    const owner = await newContext(browser, baseURL!);
    const ownerPage = await owner.newPage();
    await new SignInPage(ownerPage).signIn(user.email, user.password);
    await expect(ownerPage).toHaveURL(/\/$/);
    await owner.close();
  });

  test("a same-site callback URL is followed, one to another site is refused", async ({ page, baseURL }) => {
    const user = await createUser();
    const signIn = new SignInPage(page);
    await signIn.goto("/account?tab=1");
    await signIn.signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/account\?tab=1$/);

    for (const evil of ["https://evil.example/phish", "//evil.example/phish", "/\\evil.example/phish"]) {
      await page.context().clearCookies();
      await signIn.goto(evil);
      await signIn.signIn(user.email, user.password);
      await page.waitForURL((url) => url.pathname === "/" || url.pathname.startsWith("/account"));
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toBe("/");
    }
  });
});

test.describe("roles and dashboard", () => {
  test("anonymous visitors are sent to sign in and come back to the dashboard page they asked for", async ({
    page,
    signedIn,
  }) => {
    await page.goto("/dashboard/users");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard%2Fusers$/);
    const admin = signedIn.admin.user;
    // The saved admin sign-in stays valid: signing in again does not end other sessions.
    await new SignInPage(page).signIn(admin.email, admin.password);
    await expect(page).toHaveURL(/\/dashboard\/users$/);
    await expect(page.getByRole("heading", { level: 1, name: "Benutzer" })).toBeVisible();
  });

  test("a reader gets the 403 page on the dashboard; an author sees it without user admin", async ({ as }) => {
    const reader = await as("reader");
    for (const path of ["/dashboard", "/dashboard/users"]) {
      const response = await reader.goto(path);
      expect(response!.status()).toBe(403);
      await expect(reader.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
    }
    const author = await as("author");
    const ok = await author.goto("/dashboard");
    expect(ok!.status()).toBe(200);
    await expect(author.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();
    await expect(
      author.getByRole("navigation", { name: "Dashboard-Navigation" }).getByRole("link", { name: "Benutzer" }),
    ).toHaveCount(0);
    expect((await author.goto("/dashboard/users"))!.status()).toBe(403);
  });

  test("a reader replaying an admin's server action post changes nothing", async ({
    as,
    sql,
    browser,
    baseURL,
    signedIn,
  }) => {
    const target = await createUser();
    // The admin's page without JavaScript: its form carries the action's id and bound user id.
    const admin = await as("admin", { javaScriptEnabled: false });
    await admin.goto(`/dashboard/users?q=${encodeURIComponent(target.email)}`);
    const form = admin.locator(`tr[data-user-email="${target.email}"] form[aria-label="Rolle ändern"]`);
    await form.locator("select").selectOption("admin");
    const fields = await form.evaluate((f: HTMLFormElement) =>
      Array.from(new FormData(f).entries()).map(([k, v]) => [k, String(v)]),
    );
    expect(fields.some(([k]) => k.startsWith("$ACTION"))).toBe(true);
    const multipart = Object.fromEntries(fields);

    const reader = await newContext(browser, baseURL!, { storageState: signedIn.reader.state });
    // With the site's own Origin: a signed-in reader can send that, so the front server's
    // cross-site check does not stop them — only the action's own permission check does.
    const headers = { origin: new URL(baseURL!).origin };
    const replay = await reader.request.post(`/dashboard/users?q=${encodeURIComponent(target.email)}`, {
      multipart,
      headers,
      maxRedirects: 0,
    });
    expect(replay.status()).toBeGreaterThanOrEqual(400);
    const [afterReader] = await sql<{ role: string }[]>`select role::text from users where id = ${target.id}`;
    expect(afterReader.role).toBe("reader");
    await reader.close();

    // The same post from the admin does change the role: the replay above really reached the action.
    await admin
      .context()
      .request.post(`/dashboard/users?q=${encodeURIComponent(target.email)}`, { multipart, headers, maxRedirects: 0 });
    const [afterAdmin] = await sql<{ role: string }[]>`select role::text from users where id = ${target.id}`;
    expect(afterAdmin.role).toBe("admin");
  });

  test("a demoted author loses the dashboard on the next request", async ({ as, browser, baseURL }) => {
    const author = await createUser("author");
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await new SignInPage(page).signIn(author.email, author.password);
    await expect(page).toHaveURL(/\/$/);
    expect((await page.goto("/dashboard"))!.status()).toBe(200);

    const admin = await as("admin");
    await admin.goto(`/dashboard/users?q=${encodeURIComponent(author.email)}`);
    const row = admin.locator(`tr[data-user-email="${author.email}"]`);
    await row.getByLabel("Rolle", { exact: true }).selectOption("reader");
    await row.getByRole("button", { name: "Rolle ändern" }).click();
    await expect(row.getByText("Die Rolle wurde geändert.")).toBeVisible();

    expect((await page.goto("/dashboard"))!.status()).toBe(403);
    await context.close();
  });

  test("an admin cannot demote themselves", async ({ as, signedIn, sql }) => {
    const admin = await as("admin");
    const me = signedIn.admin.user;
    await admin.goto(`/dashboard/users?q=${encodeURIComponent(me.email)}`);
    const row = admin.locator(`tr[data-user-email="${me.email}"]`);
    await row.getByLabel("Rolle", { exact: true }).selectOption("author");
    await row.getByRole("button", { name: "Rolle ändern" }).click();
    await expect(row.getByText("Du kannst deine eigene Admin-Rolle nicht entziehen.")).toBeVisible();
    const [after] = await sql<{ role: string }[]>`select role::text from users where id = ${me.id}`;
    expect(after.role).toBe("admin");
  });

  test("an admin bans with a reason: the user is signed out and cannot sign in; unbanned they can", async ({
    as,
    browser,
    baseURL,
  }) => {
    const target = await createUser("reader", { name: "Bald Gesperrt" });
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    const signIn = new SignInPage(page);
    await signIn.signIn(target.email, target.password);
    await expect(page).toHaveURL(/\/$/);

    const admin = await as("admin");
    await admin.goto(`/dashboard/users?q=${encodeURIComponent(target.email)}`);
    const row = admin.locator(`tr[data-user-email="${target.email}"]`);
    await row.getByRole("button", { name: "Sperren" }).click();
    await expect(row.getByText("Bitte gib einen Grund für die Sperre an.")).toBeVisible();
    await row.getByLabel("Grund der Sperre").fill("Beleidigende Kommentare");
    await row.getByRole("button", { name: "Sperren" }).click();
    await expect(row).toContainText("Beleidigende Kommentare");
    await expect(row.getByRole("status")).toHaveText("Der Benutzer wurde gesperrt.");

    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
    await signIn.signIn(target.email, target.password);
    await expect(signIn.message).toHaveText("Dein Konto ist gesperrt. Bitte wende dich an die Redaktion.");

    await row.getByRole("button", { name: "Entsperren" }).click();
    await expect(row).toContainText("Aktiv");
    await expect(row.getByRole("status")).toHaveText("Die Sperre wurde aufgehoben.");
    await signIn.signIn(target.email, target.password);
    await expect(page).toHaveURL(/\/account$/); // back where the ended session had left them
    await context.close();
  });

  test("a banned user cannot sign in", async ({ page }) => {
    const banned = await createUser("reader", { banned: true });
    const signIn = new SignInPage(page);
    await signIn.signIn(banned.email, banned.password);
    await expect(signIn.message).toHaveText("Dein Konto ist gesperrt. Bitte wende dich an die Redaktion.");
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("magic link", () => {
  // The e2e server's SMTP_URL points here (playwright.config.ts); the site starts without
  // this server and connects only when it sends a link.
  const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2599);
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

  test("the link arrives at the SMTP server and signs in", async ({ page }) => {
    const user = await createUser("reader", { name: "Magda Link" });
    await requestLink(page, user.email);
    const link = await linkFor(user.email);
    await page.goto(link);
    await expect(page).toHaveURL(/\/account$/);
    await expect(new UserMenu(page).nav).toContainText("Magda Link");
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

test.describe("account", () => {
  test("lists one's comments and exports them as JSON without the password hash", async ({ page, sql }) => {
    const user = await createUser();
    const [article] = await sql<
      { id: number; title: string; slug: string }[]
    >`select id, title, slug from articles order by id limit 1`;
    // 23:30 UTC is already the next day in Berlin: the page shows the site's time, as the article does.
    await sql`insert into comments (article_id, author_id, body, status, created_at) values (${article.id}, ${user.id}, 'Mein Export-Kommentar', 'pending', '2026-01-15T23:30:00Z')`;
    await new SignInPage(page).goto("/account");
    await new SignInPage(page).signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/account$/);
    const comment = page.locator(".own-comments li", { hasText: "Mein Export-Kommentar" });
    await expect(comment).toContainText("Wartet auf Freigabe");
    await expect(comment).toContainText("16. Januar 2026, 00:30 Uhr");
    await expect(comment.getByRole("link", { name: article.title })).toHaveAttribute("href", `/posts/${article.slug}`);

    const response = await page.request.get("/account/export");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.json"$/);
    const body = await response.text();
    const data = JSON.parse(body);
    expect(data.profile.email).toBe(user.email);
    expect(data.comments.map((c: { body: string }) => c.body)).toContain("Mein Export-Kommentar");
    expect(body).not.toMatch(/password_?hash|\$argon2/i);

    const anonymous = await page.request.fetch("/account/export", { headers: { cookie: "" }, maxRedirects: 0 });
    expect([302, 303, 307, 401]).toContain(anonymous.status());
  });

  test("changing the password keeps this session and ends the others", async ({ page, browser, baseURL }) => {
    const user = await createUser();
    const other = await newContext(browser, baseURL!);
    const otherPage = await other.newPage();
    await new SignInPage(otherPage).signIn(user.email, user.password);
    await expect(otherPage).toHaveURL(/\/$/);

    await new SignInPage(page).goto("/account");
    await new SignInPage(page).signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/account$/);
    await page.locator("#account-current-password").fill(user.password);
    await page.locator("#account-new-password").fill("ein-neues-passwort");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await expect(page.getByText("Dein Passwort wurde geändert.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto" })).toBeVisible();

    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/signin/);
    await other.close();
  });
});

test.describe("accessibility", () => {
  for (const path of ["/signin", "/signup"]) {
    test(`axe finds no serious or critical violations on ${path}, with field errors shown`, async ({ page }) => {
      await page.goto(path);
      await page
        .locator("form")
        .filter({ has: page.locator("input[type=password]") })
        .getByRole("button")
        .click();
      await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }

  test("the account and user pages have no serious or critical violations", async ({ as }) => {
    const admin = await as("admin");
    for (const path of ["/account", "/dashboard/users"]) {
      await admin.goto(path);
      const results = await new AxeBuilder({ page: admin }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
});
