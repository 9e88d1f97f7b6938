import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { createArticle, createComment, createImageBytes, createUser, type Role, type TestUser } from "../tests/data";
import { expect, newContext, test } from "./fixtures";
import { SignInPage } from "./pages/auth-pages";

// Author profiles (display name, bio, photo on /account) and commenters' avatars. Readers are
// anonymous contexts going through the front server's page cache, so a stale page shows here.

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A fresh user signed in through the real form (profile changes must not touch the shared sign-ins). */
async function signedIn(browser: Browser, baseURL: string, role: Role, javaScriptEnabled = true) {
  const user = await createUser(role);
  const page = await (await newContext(browser, baseURL, { javaScriptEnabled })).newPage();
  await new SignInPage(page).signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/$/);
  return { user, page };
}

async function anonymous(browser: Browser, baseURL: string): Promise<Page> {
  return (await newContext(browser, baseURL)).newPage();
}

/** Every host the page asked for something while `run` ran. */
async function hostsRequested(page: Page, run: () => Promise<unknown>): Promise<Set<string>> {
  const hosts = new Set<string>();
  page.on("request", (request) => hosts.add(new URL(request.url()).hostname));
  await run();
  return hosts;
}

test.describe("author profiles", () => {
  test("an author sets name, bio and photo without JavaScript; her author page and the author box show them at once", async ({
    browser,
    baseURL,
  }) => {
    // Many page loads on a shared, busy machine.
    test.slow();
    const { user, page } = await signedIn(browser, baseURL!, "author", false);
    const article = await createArticle(user.id);
    const reader = await anonymous(browser, baseURL!);
    // Cached before the change: the purge must reach these pages.
    await reader.goto(`/posts/${article.slug}`);
    await reader.goto(`/author/${user.slug}`);
    await expect(reader.locator(".author-profile__photo")).toHaveCount(0);

    await page.goto("/account");
    await page.locator("#account-name").fill("Ida Tannenbaum");
    await page.getByRole("button", { name: "Name speichern" }).click();
    await expect(page.getByText("Dein Name wurde gespeichert.")).toBeVisible();

    await page.locator("#account-bio").fill("Schreibt über Wälder.\n\nMehr unter https://ida.example.org");
    await page.getByRole("button", { name: "Biografie speichern" }).click();
    await expect(page.getByText("Deine Biografie wurde gespeichert.")).toBeVisible();

    await page
      .locator("#account-photo")
      .setInputFiles({ name: "ida.jpg", mimeType: "image/jpeg", buffer: await createImageBytes(600, 400, "jpeg") });
    await page.getByRole("button", { name: "Foto hochladen" }).click();
    await expect(page).toHaveURL(/\/account\?photo=saved/);
    await expect(page.getByText("Dein Profilfoto wurde gespeichert.")).toBeVisible();
    const preview = page.locator("img.account-photo");
    await expect(preview).toHaveAttribute("src", /^\/media\/[a-f0-9]{24}-sq128\.webp$/);
    expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await reader.goto(`/author/${user.slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Ida Tannenbaum");
    const photo = reader.locator(".author-profile__photo");
    await expect(photo).toHaveAttribute("alt", "Foto von Ida Tannenbaum");
    await expect(photo).toHaveAttribute("width", "128");
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(reader.locator(".author-bio")).toContainText("Schreibt über Wälder.");
    await expect(reader.locator(".author-bio a")).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
    await expectAxeClean(reader);

    await reader.goto(`/posts/${article.slug}`);
    const box = reader.locator(".author-signature");
    await expect(box).toContainText("Ida Tannenbaum");
    await expect(box).toContainText("Schreibt über Wälder.");
    await expect(box.locator("img.author-signature__photo")).toHaveAttribute("src", /-sq64\.webp$/);

    // Back to no photo: the author box shows initials again.
    await page.getByRole("button", { name: "Foto entfernen" }).click();
    await expect(page.getByText("Dein Profilfoto wurde entfernt.")).toBeVisible();
    await reader.goto(`/posts/${article.slug}`);
    await expect(box.locator("img")).toHaveCount(0);
    await expect(box.locator(".author-signature__avatar")).toHaveText("IT");
  });

  test("bad input gets a German message and changes nothing; readers get no bio or photo form", async ({
    browser,
    baseURL,
    as,
  }) => {
    const { page } = await signedIn(browser, baseURL!, "author");
    await page.goto("/account");
    const tooLong = "Wald ".repeat(260);
    await page.locator("#account-bio").fill(tooLong);
    await page.getByRole("button", { name: "Biografie speichern" }).click();
    await expect(page.locator("#account-bio-error")).toHaveText(
      "Die Biografie darf höchstens 1.000 Zeichen lang sein.",
    );
    await expect(page.locator("#account-bio")).toHaveValue(tooLong);

    await page
      .locator("#account-photo")
      .setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: Buffer.from("kein Bild") });
    await page.getByRole("button", { name: "Foto hochladen" }).click();
    await expect(page).toHaveURL(/photoError=media\.errors\.mismatch/);
    await expect(page.getByRole("region", { name: "Profilfoto" }).getByRole("alert")).toContainText(
      "Die Datei ist kein gültiges Bild",
    );
    await expect(page.locator("img.account-photo")).toHaveCount(0);
    // The account page of an author, with a field error and a form message shown.
    await expectAxeClean(page);

    const reader = await as("reader");
    await reader.goto("/account");
    await expect(reader.locator("#account-name")).toBeVisible();
    await expect(reader.locator("#account-bio")).toHaveCount(0);
    await expect(reader.locator("#account-photo")).toHaveCount(0);
  });
});

test.describe("avatars", () => {
  let photographer: TestUser;
  let slug: string;

  test.beforeAll(async ({ sql }) => {
    await sql`delete from settings where key = 'avatars'`;
    const author = await createUser("author");
    photographer = await createUser("author");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    slug = article.slug;
    await createComment({ articleId: article.id, authorId: photographer.id, body: "Mit Foto.", status: "approved" });
    await createComment({ articleId: article.id, authorId: reader.id, body: "Ohne Foto.", status: "approved" });
    await createComment({
      articleId: article.id,
      guestName: "Internetente",
      guestEmail: "ente@example.de",
      body: "Als Gast.",
      status: "approved",
    });
  });

  test("every comment shows one, lazily and decoratively; off by default, nothing goes to gravatar.com", async ({
    browser,
    baseURL,
    request,
  }) => {
    const { page: owner } = await (async () => {
      const page = await (await newContext(browser, baseURL!)).newPage();
      await new SignInPage(page).signIn(photographer.email, photographer.password);
      return { page };
    })();
    await owner.goto("/account");
    await owner
      .locator("#account-photo")
      .setInputFiles({ name: "p.png", mimeType: "image/png", buffer: await createImageBytes(300, 300) });
    await owner.getByRole("button", { name: "Foto hochladen" }).click();
    await expect(owner.getByText("Dein Profilfoto wurde gespeichert.")).toBeVisible();

    const reader = await anonymous(browser, baseURL!);
    const hosts = await hostsRequested(reader, async () => {
      await reader.goto(`/posts/${slug}`);
      await reader.locator(".comment__avatar").last().scrollIntoViewIfNeeded();
      await expect(reader.locator(".comment__avatar").last()).toHaveJSProperty("complete", true);
    });
    const avatars = reader.locator(".comment__avatar");
    await expect(avatars).toHaveCount(3);
    for (const avatar of await avatars.all()) {
      await expect(avatar).toHaveAttribute("alt", "");
      await expect(avatar).toHaveAttribute("loading", "lazy");
      await expect(avatar).toHaveAttribute("width", "40");
      await expect(avatar).toHaveAttribute("height", "40");
    }
    await expect(avatars.nth(0)).toHaveAttribute("src", /^\/media\/[a-f0-9]{24}-sq64\.webp$/);
    const generated = await avatars.nth(1).getAttribute("src");
    expect(generated).toMatch(/^\/avatars\/[a-f0-9]{20}\.svg$/);
    await expect(avatars.nth(2)).toHaveAttribute("src", /^\/avatars\/[a-f0-9]{20}\.svg$/);
    expect([...hosts].filter((h) => h.includes("gravatar"))).toEqual([]);
    await expectAxeClean(reader);

    const svg = await request.get(generated!);
    expect(svg.status()).toBe(200);
    expect(svg.headers()["content-type"]).toBe("image/svg+xml");
    expect(svg.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await request.get("/avatars/nicht-da.svg")).status()).toBe(404);

    // The page with avatars is still one shared page for every anonymous reader.
    await request.get(`/posts/${slug}`);
    expect((await request.get(`/posts/${slug}`)).headers()["x-cache"]).toBe("HIT");
  });

  test("an admin turns Gravatar on, warned that it sends email hashes to Automattic; cached threads follow", async ({
    as,
    browser,
    baseURL,
    sql,
  }) => {
    const admin = await as("admin");
    await admin.goto("/dashboard/settings");
    await expect(admin.locator("#settings-gravatar")).not.toBeChecked();
    await expect(admin.locator("#settings-gravatar-hint")).toContainText("Automattic");
    await expect(admin.locator("#settings-gravatar-hint")).toContainText("Hashes");
    await expectAxeClean(admin);
    const reader = await anonymous(browser, baseURL!);
    // No request may leave the machine in a test: gravatar.com is answered here.
    await reader.route("https://gravatar.com/**", (route) => route.fulfill({ status: 404 }));
    await reader.goto(`/posts/${slug}`);
    try {
      await admin.locator("#settings-gravatar").check();
      await admin.getByRole("button", { name: "Avatar-Einstellung speichern" }).click();
      await expect(admin.getByText("Die Einstellungen sind gespeichert und gelten ab sofort.")).toBeVisible();
      await reader.goto(`/posts/${slug}`);
      const avatars = reader.locator(".comment__avatar");
      await expect(avatars.nth(0)).toHaveAttribute("src", /^\/media\//);
      await expect(avatars.nth(1)).toHaveAttribute("src", /^https:\/\/gravatar\.com\/avatar\/[a-f0-9]{64}\?s=40/);
      await expect(avatars.nth(1)).toHaveAttribute("referrerpolicy", "no-referrer");
      await expect(avatars.nth(2)).toHaveAttribute("src", /^https:\/\/gravatar\.com\/avatar\//);
    } finally {
      await sql`delete from settings where key = 'avatars'`;
    }
  });
});
