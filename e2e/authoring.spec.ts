import { expect, test } from "./fixtures";
import { anonymous, articleRow, EditorPage, firstCategory, writeArticle } from "./pages/editor-page";

// Authoring: the editor, publication states, revisions and slug redirects (rights, uploads,
// categories and sponsors: e2e/authoring-rights.spec.ts). Readers are anonymous contexts:
// they go through the front server's page cache.

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
});
