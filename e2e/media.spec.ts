import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { createArticle, createMediaImage, createUser } from "../tests/data";
import { expect, test } from "./fixtures";

// The media library (/dashboard/media) and the editor's picker: authors see their own uploads,
// admins all; alt text and caption are edited in place; an unused image can be deleted, a used
// one cannot; images are inserted into the text from the editor (or copied without JavaScript).

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const card = (page: Page, id: string) => page.locator(`li[data-media-id="${id}"]`);

test.describe("media library", () => {
  test("lists the author's images with thumbnail, dimensions, size and where used; not other authors' images", async ({
    as,
    signedIn,
  }) => {
    const author = signedIn.author.user;
    const unused = await createMediaImage(author.id, { alt: "Unbenutztes Bild" });
    const used = await createMediaImage(author.id, { alt: "Titelbild eines Artikels" });
    const article = await createArticle(author.id, { coverImage: used.url, title: `Mit Titelbild ${used.id}` });
    const foreign = await createMediaImage((await createUser("author")).id);
    const page = await as("author");
    await page.goto("/dashboard/media");
    await expect(page.getByRole("heading", { level: 1, name: "Mediathek" })).toBeVisible();
    await expect(card(page, unused.id).locator("img")).toHaveAttribute("src", `/media/${unused.id}-480.webp`);
    await expect(card(page, unused.id)).toContainText("64 × 48 px");
    await expect(card(page, unused.id)).toContainText("KB");
    await expect(card(page, unused.id)).toContainText("Nirgends verwendet.");
    const use = card(page, used.id).getByRole("link", { name: article.title });
    await expect(use).toHaveAttribute("href", `/dashboard/articles/${article.id}/edit`);
    await expect(card(page, used.id)).toContainText("(Artikel, Titelbild)");
    await expect(card(page, foreign.id)).toHaveCount(0);
    await expectAxeClean(page);

    const admin = await as("admin");
    await admin.goto("/dashboard/media");
    await expect(card(admin, foreign.id)).toBeVisible();
  });

  test("alt text and caption are saved in place and inserted with the image", async ({ as, signedIn }) => {
    const image = await createMediaImage(signedIn.author.user.id);
    const page = await as("author");
    await page.goto("/dashboard/media");
    const item = card(page, image.id);
    await item.getByLabel("Alternativtext").fill("Eine Buche im Herbst");
    await item.getByLabel("Bildunterschrift").fill("Foto: Anna");
    await item.getByRole("button", { name: "Texte speichern" }).click();
    await expect(item.getByRole("status")).toContainText("gespeichert");
    await page.reload();
    await expect(card(page, image.id).getByLabel("Alternativtext")).toHaveValue("Eine Buche im Herbst");
    await expect(card(page, image.id).getByLabel("Markdown zum Einfügen (kopieren)")).toHaveValue(
      `![Eine Buche im Herbst](${image.url})\n*Foto: Anna*`,
    );
  });

  test("an unused image is deleted with all its widths (without JavaScript); a used one offers no deletion", async ({
    as,
    signedIn,
    sql,
  }) => {
    const author = signedIn.author.user;
    const unused = await createMediaImage(author.id, { alt: `Weg damit ${Date.now()}` });
    const used = await createMediaImage(author.id);
    await createArticle(author.id, { body: `![Bild](${used.url})` });
    const page = await as("author", { javaScriptEnabled: false });
    await page.goto("/dashboard/media");
    await expect(card(page, used.id).getByRole("button", { name: /löschen/ })).toHaveCount(0);
    await expect(card(page, used.id)).toContainText("Wird verwendet und kann daher nicht gelöscht werden.");
    await card(page, unused.id)
      .getByRole("button", { name: `„${unused.alt}“ löschen` })
      .click();
    await expect(page).toHaveURL(/\/dashboard\/media\?deleted=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Das Bild wurde gelöscht." })).toBeVisible();
    await expect(card(page, unused.id)).toHaveCount(0);
    expect((await page.request.get(`/media/${unused.id}-480.webp`)).status()).toBe(404);
    expect(await sql`select 1 from media where name like ${`${unused.id}-%`}`).toHaveLength(0);
  });
});

test.describe("inserting from the editor", () => {
  test("the picker inserts the image's Markdown with its alt text at the cursor, and the preview shows it", async ({
    as,
    signedIn,
  }) => {
    const image = await createMediaImage(signedIn.author.user.id, { alt: `Rotes Dach ${Date.now()}` });
    const page = await as("author");
    await page.goto("/dashboard/articles/new");
    await page.locator("#article-body").fill("Erster Absatz.");
    await page.getByText("Bild aus der Mediathek einfügen").click();
    await page.getByRole("button", { name: `„${image.alt}“ einfügen` }).click();
    await expect(page.locator("#article-body")).toHaveValue(`Erster Absatz.\n\n![${image.alt}](${image.url})\n`);
    await expect(page.locator(`#article-preview img[alt="${image.alt}"]`)).toHaveAttribute("src", image.url);
    await expectAxeClean(page);
  });

  test("without JavaScript the picker offers each image's Markdown to copy", async ({ as, signedIn }) => {
    const image = await createMediaImage(signedIn.author.user.id, { alt: `Ohne Skript ${Date.now()}` });
    const page = await as("author", { javaScriptEnabled: false });
    await page.goto("/dashboard/articles/new");
    await page.getByText("Bild aus der Mediathek einfügen").click();
    await expect(page.getByLabel(image.alt, { exact: true })).toHaveValue(`![${image.alt}](${image.url})`);
    await expect(page.getByRole("button", { name: /einfügen$/ })).toHaveCount(0);
  });
});

test.describe("editor layout", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [role, path] of [
    ["author", "/dashboard/articles/new"],
    ["admin", "/dashboard/pages/new"],
  ] as const) {
    test(`${path} at 1280 × 800 shows title, body and the save button without scrolling`, async ({ as }) => {
      const page = await as(role);
      await page.goto(path);
      await expect(page.locator("#article-title")).toBeInViewport();
      await expect(page.locator("#article-body")).toBeInViewport();
      await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test("with a long text and preview the save button stays in view while typing", async ({ as, signedIn }) => {
    const long = Array.from({ length: 60 }, (_, i) => `Absatz ${i + 1}: ${"Text ".repeat(30)}`).join("\n\n");
    const article = await createArticle(signedIn.author.user.id, { body: long });
    const page = await as("author");
    await page.goto(`/dashboard/articles/${article.id}/edit`);
    await expect(page.locator("#article-preview")).toContainText("Absatz 60");
    await expect(page.locator("#article-body")).toBeInViewport();
    await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeInViewport({ ratio: 1 });
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`the publication date appears only for "Geplant" (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      as,
    }) => {
      const page = await as("author", { javaScriptEnabled });
      await page.goto("/dashboard/articles/new");
      await expect(page.locator("#article-scheduled")).toBeHidden();
      await page.locator("#article-status").selectOption("published");
      await expect(page.locator("#article-scheduled")).toBeHidden();
      await page.locator("#article-status").selectOption("scheduled");
      await expect(page.locator("#article-scheduled")).toBeVisible();
    });
  }

  test("a cover image is uploaded beside the cover field and entered there", async ({ as }) => {
    const png = await sharp({ create: { width: 120, height: 80, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .png()
      .toBuffer();
    const page = await as("author");
    await page.goto("/dashboard/articles/new");
    await page.locator("#cover-file").setInputFiles({ name: "titel.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Als Titelbild hochladen" }).click();
    await expect(page.locator("#cover-result")).toContainText("Titelbild");
    await expect(page.locator("#article-cover")).toHaveValue(/^\/media\/[a-f0-9]{24}-1600\.webp$/);
    await expect(page.getByRole("button", { name: "Als Titelbild hochladen" })).toBeInViewport();
  });

  test("without JavaScript the cover field's upload posts its own form and comes back with the cover entered", async ({
    as,
  }) => {
    const png = await sharp({ create: { width: 90, height: 60, channels: 3, background: { r: 10, g: 40, b: 200 } } })
      .png()
      .toBuffer();
    const page = await as("author", { javaScriptEnabled: false });
    await page.goto("/dashboard/articles/new");
    await page.locator("#cover-file").setInputFiles({ name: "blau.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Als Titelbild hochladen" }).click();
    await expect(page).toHaveURL(/\/dashboard\/articles\/new\?uploaded=.*purpose=cover/);
    await expect(page.locator("#article-cover")).toHaveValue(/^\/media\/[a-f0-9]{24}-1600\.webp$/);
  });
});
