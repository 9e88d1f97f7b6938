import { expect, newContext, test } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

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
