import sharp from "sharp";
import { expect, newContext, test } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";
import { EditorPage } from "./pages/editor-page";
import type { Browser, Page } from "@playwright/test";
import type postgres from "postgres";

// Authoring: the editor, publication states, revisions, slug redirects, uploads and who may
// do what. Readers are anonymous contexts: they go through the front server's page cache.

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

const BODY = `# Abschnitt

Ein Absatz mit *Betonung*, **Fettdruck**, einem [Link](https://example.org) und "Zitat".

- eins
- zwei

| Spalte | Wert |
| :----- | ---: |
| a | 1 |

\`\`\`ts
const x = 1;
\`\`\``;

/** A wall-clock time in the site's zone (Europe/Berlin) as a datetime-local value with seconds. */
function berlinLocal(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  })
    .format(date)
    .replace(" ", "T");
}

async function firstCategory(sql: postgres.Sql) {
  const [row] = await sql<
    { name: string; slug: string }[]
  >`select name, slug from categories order by position, name limit 1`;
  return row;
}

async function anonymous(browser: Browser, baseURL: string): Promise<Page> {
  return (await newContext(browser, baseURL)).newPage();
}

async function articleRow(sql: postgres.Sql, id: number) {
  const [row] = await sql<
    { title: string; slug: string; status: string; body: string }[]
  >`select title, slug, status::text, body from articles where id = ${id}`;
  return row;
}

/** Creates an article through the editor and returns its id. */
async function writeArticle(page: Page, sql: postgres.Sql, fields: Parameters<EditorPage["fill"]>[0]) {
  const editor = new EditorPage(page);
  await editor.gotoNew();
  await editor.fill({ category: (await firstCategory(sql)).name, ...fields });
  await editor.save();
  await expect(page).toHaveURL(/\/dashboard\/articles\/\d+\/edit\?saved=1$/);
  return editor.id();
}

test.describe("authoring", () => {
  test("an author writes a draft (404 for readers), previews it as the article page renders it, publishes it to home and its category", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    const page = await as("author");
    const editor = new EditorPage(page);
    const id = unique();
    const title = `Größe & Übermaß ${id}`;
    const category = await firstCategory(sql);
    await editor.gotoNew();
    await editor.fill({
      title,
      excerpt: "Kurz gesagt.",
      category: category.name,
      tags: `Neues Schlagwort ${id}, Straßenbau ${id}`,
      body: BODY,
    });

    // With JavaScript the preview follows the typing; the "Vorschau" button renders it too.
    await expect(editor.preview.locator("h2")).toHaveText("Abschnitt");
    await editor.showPreview();
    await expect(editor.preview.locator("table")).toBeVisible();
    await expect(page.locator("#article-title")).toHaveValue(title);

    await editor.save();
    await expect(page).toHaveURL(/\/dashboard\/articles\/\d+\/edit\?saved=1$/);
    const articleId = editor.id();
    const draft = await articleRow(sql, articleId);
    expect(draft).toMatchObject({ status: "draft", slug: `groesse-uebermass-${id}` });
    const tags = await sql<
      { slug: string }[]
    >`select t.slug from tags t join article_tags at on at.tag_id = t.id where at.article_id = ${articleId} order by t.slug`;
    expect(tags.map((t) => t.slug)).toEqual([`neues-schlagwort-${id}`, `strassenbau-${id}`]);

    const reader = await anonymous(browser, baseURL!);
    expect((await reader.goto(`/posts/${draft.slug}`))!.status()).toBe(404);
    await reader.goto("/");
    await expect(reader.getByText(title)).toHaveCount(0);

    await editor.fill({ status: "published" });
    await editor.save();
    await expect(editor.message).toHaveText("Der Artikel wurde gespeichert.");
    await expect(page.locator("#article-state")).toContainText("Öffentlich seit");
    const previewHtml = await editor.preview.innerHTML();

    expect((await reader.goto(`/posts/${draft.slug}`))!.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(await reader.locator(".article-body").innerHTML()).toBe(previewHtml);
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
    await reader.goto(`/category/${category.slug}`);
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
    await reader.goto(`/tag/strassenbau-${id}`);
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();

    // Back to draft: gone from the article page and home on the next request.
    await page.getByRole("button", { name: "Zurück auf Entwurf" }).click();
    await expect(page.locator("#article-state")).toHaveText("Entwurf – nicht öffentlich");
    expect((await reader.goto(`/posts/${draft.slug}`))!.status()).toBe(404);
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("without JavaScript: errors next to the fields, nothing typed lost, and a preview button", async ({
    as,
    sql,
  }) => {
    const page = await as("author", { javaScriptEnabled: false });
    const editor = new EditorPage(page);
    await editor.gotoNew();
    const body = `Erster Absatz.\n\n${"Sehr langer Text. ".repeat(80)}\n\n## Zwischenüberschrift`;
    await editor.fill({ title: "", tags: "eins, zwei", body, category: (await firstCategory(sql)).name });
    await editor.save();
    await expect(page.locator("#article-title-error")).toHaveText("Bitte gib einen Titel ein.");
    await expect(page.locator("#article-title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#article-body")).toHaveValue(body);
    await expect(page.locator("#article-tags")).toHaveValue("eins, zwei");

    await editor.showPreview();
    await expect(editor.preview.locator("h2")).toHaveText("Zwischenüberschrift");
    await expect(page.locator("#article-body")).toHaveValue(body);

    // An explicit slug that is taken is refused next to the field.
    const [taken] = await sql<{ slug: string }[]>`select slug from articles limit 1`;
    await editor.fill({ title: `Ohne JS ${unique()}`, slug: taken.slug });
    await editor.save();
    await expect(page.locator("#article-slug-error")).toHaveText(
      "Dieser Slug ist bereits vergeben. Bitte wähle einen anderen.",
    );
    await expect(page.locator("#article-body")).toHaveValue(body);

    // A generated slug that is taken gets a numeric suffix.
    const title = `Doppelt ${unique()}`;
    await editor.fill({ slug: "", title });
    await editor.save();
    const first = await articleRow(sql, editor.id());
    await editor.gotoNew();
    await editor.fill({ title, category: (await firstCategory(sql)).name });
    await editor.save();
    expect((await articleRow(sql, editor.id())).slug).toBe(`${first.slug}-2`);
  });

  test("a renamed slug redirects permanently from every old URL; a new article may take an old slug", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    const page = await as("author");
    const id = unique();
    const articleId = await writeArticle(page, sql, { title: `Umzug ${id}`, body: "Text.", status: "published" });
    const editor = new EditorPage(page);
    for (const slug of [`umzug-zwei-${id}`, `umzug-drei-${id}`]) {
      await editor.fill({ slug });
      await editor.save();
      await expect.poll(async () => (await articleRow(sql, articleId)).slug).toBe(slug);
    }
    const reader = await anonymous(browser, baseURL!);
    for (const old of [`umzug-${id}`, `umzug-zwei-${id}`]) {
      const response = await reader.request.get(`/posts/${old}`, { maxRedirects: 0 });
      // Next's permanentRedirect answers 308; the front server turns it into 301 for GETs.
      expect(response.status()).toBe(301);
      expect(new URL(response.headers().location, baseURL).pathname).toBe(`/posts/umzug-drei-${id}`);
    }
    await reader.goto(`/posts/umzug-${id}`);
    await expect(reader).toHaveURL(new RegExp(`/posts/umzug-drei-${id}$`));

    // Revisions were kept; restoring the first version brings its slug back (and is undoable).
    await page.goto(`/dashboard/articles/${articleId}/revisions`);
    await expect(page.locator(".revision-list li")).toHaveCount(2);
    await page
      .locator(".revision-list li")
      .last()
      .getByRole("link", { name: /^ansehen/ })
      .click();
    await expect(page.getByText(`Slug: umzug-${id}`)).toBeVisible();
    await page.getByRole("button", { name: "Diese Version wiederherstellen" }).click();
    await expect(page).toHaveURL(/\/edit\?restored=1$/);
    expect((await articleRow(sql, articleId)).slug).toBe(`umzug-${id}`);
    const [{ count }] = await sql<
      { count: number }[]
    >`select count(*)::int as count from article_revisions where article_id = ${articleId}`;
    expect(count).toBe(3);
    expect((await reader.request.get(`/posts/umzug-drei-${id}`, { maxRedirects: 0 })).status()).toBe(301);

    // Another article taking an old slug wins over the redirect.
    const other = await writeArticle(page, sql, {
      title: "Neu",
      slug: `umzug-zwei-${id}`,
      body: "Anderer Text.",
      status: "published",
    });
    const response = await reader.request.get(`/posts/umzug-zwei-${id}`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect((await articleRow(sql, other)).slug).toBe(`umzug-zwei-${id}`);
  });

  test("a scheduled article is absent from every reader page until its time, then appears without a job", async ({
    as,
    sql,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const page = await as("author");
    const title = `Geplant ${unique()}`;
    const at = new Date(Date.now() + 20_000);
    const articleId = await writeArticle(page, sql, {
      title,
      excerpt: "Bald.",
      body: "Kommt gleich.",
      status: "scheduled",
      scheduledAt: berlinLocal(at),
    });
    const row = await articleRow(sql, articleId);
    expect(row.status).toBe("scheduled");
    const [{ published_at }] = await sql<
      { published_at: Date }[]
    >`select published_at from articles where id = ${articleId}`;
    expect(Math.abs(published_at.getTime() - Math.floor(at.getTime() / 1000) * 1000)).toBeLessThan(1000);

    const reader = await anonymous(browser, baseURL!);
    expect((await reader.goto(`/posts/${row.slug}`))!.status()).toBe(404);
    for (const path of ["/", "/feed.xml", "/atom.xml", "/sitemap.xml"]) {
      const response = await reader.request.get(path);
      expect(await response.text(), path).not.toContain(row.slug);
    }
    await expect(async () => {
      expect((await reader.request.get(`/posts/${row.slug}`)).status()).toBe(200);
      expect(await (await reader.request.get("/")).text()).toContain(title);
      expect(await (await reader.request.get("/feed.xml")).text()).toContain(row.slug);
    }).toPass({ timeout: 60_000, intervals: [2_000] });
  });

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
