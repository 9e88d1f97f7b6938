import sharp from "sharp";
import { expect, newContext, test } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";
import { anonymous, articleRow, EditorPage, writeArticle } from "./pages/editor-page";

// Authoring rights and tools: another author's article is out of reach (also by replaying the
// raw POST), image uploads, and the admins' categories and sponsors (the editor itself:
// e2e/authoring.spec.ts).

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

test.describe("authoring: rights, uploads, categories and sponsors", () => {
  test("another author can neither open nor change the article: 403 in the UI, a replayed post changes nothing", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    const page = await as("author", { javaScriptEnabled: false });
    const articleId = await writeArticle(page, sql, { title: `Meins ${unique()}`, body: "Original." });
    const editor = new EditorPage(page);
    await editor.fill({ title: "Gekapert", body: "Überschrieben." });
    const fields = await editor.form.evaluate((f: HTMLFormElement) =>
      Array.from(new FormData(f).entries()).map(([k, v]) => [k, String(v)]),
    );
    expect(fields.some(([k]) => k.startsWith("$ACTION"))).toBe(true);
    const multipart = Object.fromEntries([...fields, ["intent", "save"]]);

    const otherUser = await createUser("author");
    const context = await newContext(browser, baseURL!);
    const other = await context.newPage();
    await new SignInPage(other).signIn(otherUser.email, otherUser.password);
    await expect(other).toHaveURL(/\/$/);
    expect((await other.goto(`/dashboard/articles/${articleId}/edit`))!.status()).toBe(403);
    expect((await other.goto(`/dashboard/articles/${articleId}/revisions`))!.status()).toBe(403);

    const headers = { origin: new URL(baseURL!).origin };
    const replay = await context.request.post(`/dashboard/articles/${articleId}/edit`, {
      multipart,
      headers,
      maxRedirects: 0,
    });
    expect(replay.status()).toBeGreaterThanOrEqual(400);
    expect(await articleRow(sql, articleId)).toMatchObject({ body: "Original.", status: "draft" });
    const [{ count }] = await sql<
      { count: number }[]
    >`select count(*)::int as count from article_revisions where article_id = ${articleId}`;
    expect(count).toBe(0);
    await context.close();

    // The same post from the owner does save: the replay above really reached the action.
    await page.context().request.post(`/dashboard/articles/${articleId}/edit`, { multipart, headers, maxRedirects: 0 });
    expect(await articleRow(sql, articleId)).toMatchObject({ title: "Gekapert", body: "Überschrieben." });
  });

  test("uploads: a text file renamed .png is refused; a real image is resized, inserted with its alt text and served immutable", async ({
    as,
  }) => {
    const page = await as("author");
    const editor = new EditorPage(page);
    await editor.gotoNew();
    await page.locator("#media-alt").fill("Ein Testbild");
    await page.locator("#media-file").setInputFiles({
      name: "bild.png",
      mimeType: "image/png",
      buffer: Buffer.from("Das ist nur Text, kein Bild.\n"),
    });
    await page.getByRole("button", { name: "Hochladen", exact: true }).click();
    await expect(editor.uploadResult).toContainText(
      "Die Datei ist kein gültiges Bild: Ihr Inhalt passt nicht zum Dateityp.",
    );

    const png = await sharp({
      create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 30, b: 30 } },
    })
      .png()
      .toBuffer();
    await page.locator("#media-file").setInputFiles({ name: "rot.png", mimeType: "image/png", buffer: png });
    await page.locator("#media-alt").fill("Rote Fläche");
    await page.getByRole("button", { name: "Hochladen", exact: true }).click();
    await expect(editor.uploadResult).toContainText("eingefügt");
    const markdown = await page.locator("#article-body").inputValue();
    const url = /!\[Rote Fläche\]\((\/media\/[a-f0-9]+-1600\.webp)\)/.exec(markdown)?.[1];
    expect(url).toBeTruthy();
    await expect(editor.preview.locator(`img[src="${url}"]`)).toHaveAttribute("alt", "Rote Fläche");

    const image = await page.request.get(url!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/webp");
    expect(image.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await sharp(await image.body()).metadata()).width).toBe(1600);
    expect((await page.request.get(url!.replace("-1600", "-480"))).status()).toBe(200);

    // An inline image needs its alt text.
    await page.locator("#media-alt").fill("");
    await page.locator("#media-file").setInputFiles({ name: "rot.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Hochladen", exact: true }).click();
    await expect(editor.uploadResult).toContainText("Bitte gib einen Alternativtext für das Bild an.");
  });

  test("admins manage categories (renames redirect) and sponsors; authors cannot", async ({
    as,
    browser,
    baseURL,
    sql,
  }) => {
    const author = await as("author");
    expect((await author.goto("/dashboard/categories"))!.status()).toBe(403);
    expect((await author.goto("/dashboard/sponsors"))!.status()).toBe(403);
    await author.goto("/dashboard");
    const nav = author.getByRole("navigation", { name: "Dashboard-Navigation" });
    await expect(nav.getByRole("link", { name: "Neuer Artikel" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Kategorien" })).toHaveCount(0);

    const admin = await as("admin");
    const id = unique();
    await admin.goto("/dashboard/categories");
    await admin.locator("#new-category-name").fill(`Fährräder ${id}`);
    await admin.locator("#new-category-description").fill("Alles über Räder.");
    await admin.getByRole("button", { name: "Anlegen" }).click();
    const row = admin.locator(`li[data-slug="faehrraeder-${id}"]`);
    await expect(row).toBeVisible();
    await row.getByLabel("Slug").fill(`raeder-${id}`);
    await row.getByRole("button", { name: "Speichern" }).click();
    await expect(admin.locator(`li[data-slug="raeder-${id}"]`)).toBeVisible();
    const reader = await anonymous(browser, baseURL!);
    const old = await reader.request.get(`/category/faehrraeder-${id}`, { maxRedirects: 0 });
    expect(old.status()).toBe(301);
    expect(old.headers().location).toContain(`/category/raeder-${id}`);
    await reader.goto(`/category/raeder-${id}`);
    await expect(reader.getByText("Alles über Räder.")).toBeVisible();

    await admin.goto("/dashboard/sponsors");
    const form = admin.getByRole("form", { name: /Anlegen/ });
    await form.getByLabel("Titel").fill(`Agentur ${id}`);
    await form.getByLabel("Link (https://…)").fill("https://agentur.example/");
    await form.getByLabel("Platzierung").selectOption("sidebar");
    await form.getByRole("button", { name: "Anlegen" }).click();
    await expect(form.getByRole("status")).toHaveText("Der Sponsor wurde angelegt.");
    await reader.goto("/");
    const sponsor = reader.locator(".sponsor", { hasText: `Agentur ${id}` });
    await expect(sponsor.getByRole("link", { name: "Mehr erfahren" })).toHaveAttribute("rel", "sponsored noopener");
    await sql`delete from sponsors where title = ${`Agentur ${id}`}`;
  });
});
