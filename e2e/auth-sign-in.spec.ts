import AxeBuilder from "@axe-core/playwright";
import { expect, newContext, test } from "./fixtures";
import { createUser, uniqueEmail } from "../tests/data";
import { INVALID, SignInPage, SignUpPage, UserMenu } from "./pages/auth-pages";

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
