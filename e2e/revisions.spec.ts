import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createArticle, createPage, createRevision, createUser } from "../tests/data";

// Comparing two versions of an article or a page: one module and one component for both, a
// plain GET form (no JavaScript needed), removed lines in <del>, inserted ones in <ins>.

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("revision comparison", () => {
  test("an author compares an earlier version of her article with the current one, without JavaScript", async ({
    as,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id, {
      title: "Der neue Titel",
      body: "Gleiche erste Zeile\nDer Fuchs springt hoch\nGanz neue Zeile",
    });
    const revision = await createRevision("article", article.id, {
      title: "Der alte Titel",
      body: "Gleiche erste Zeile\nDer Hund springt hoch\nGestrichene Zeile",
      savedBy: signedIn.author.user.id,
    });
    const page = await as("author", { javaScriptEnabled: false });
    await page.goto(`/dashboard/articles/${article.id}/revisions`);
    await page.getByLabel("Ältere Version").selectOption(String(revision));
    await page.getByLabel("Neuere Version").selectOption("current");
    await page.getByRole("button", { name: "Vergleichen" }).click();
    await expect(page).toHaveURL(
      new RegExp(`/dashboard/articles/${article.id}/revisions/compare\\?from=${revision}&to=current$`),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vergleich zweier Versionen von „Der neue Titel“");

    const body = page.getByRole("table", { name: "Text (Markdown)" });
    await expect(body.locator("del")).toHaveText(["entfernt: Der Hund springt hoch", "entfernt: Gestrichene Zeile"]);
    await expect(body.locator("ins")).toHaveText(["eingefügt: Der Fuchs springt hoch", "eingefügt: Ganz neue Zeile"]);
    await expect(body.locator("del mark")).toHaveText(["Hund", "Gestrichene"]);
    await expect(body.locator("ins mark")).toHaveText(["Fuchs", "Ganz", "neue"]);
    await expect(body.locator("tbody tr").first()).not.toContainText(/entfernt|eingefügt/);
    const title = page.getByRole("table", { name: "Titel" });
    await expect(title.locator("del mark")).toHaveText("alte");
    await expect(title.locator("ins mark")).toHaveText("neue");
    // axe runs as a script in the page: the same view, with JavaScript.
    const withScripts = await as("author");
    await withScripts.goto(page.url());
    await expectAxeClean(withScripts);
  });

  test("an admin compares two versions of a static page through the same view", async ({ as, signedIn }) => {
    const staticPage = await createPage({ title: "Impressum", body: "Name\nAnschrift\nTelefon" });
    await createRevision("page", staticPage.id, {
      title: "Impressum",
      body: "Name\nAnschrift",
      savedBy: signedIn.admin.user.id,
    });
    const page = await as("admin");
    await page.goto(`/dashboard/pages/${staticPage.id}/revisions`);
    await page.getByRole("link", { name: /mit der aktuellen Version vergleichen/ }).click();
    await expect(page).toHaveURL(/\/revisions\/compare\?from=\d+&to=current$/);
    await expect(page.getByRole("table", { name: "Text (Markdown)" }).locator("ins")).toHaveText("eingefügt: Telefon");
    await expect(page.getByRole("table", { name: "Text (Markdown)" }).locator("del")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Titel" })).toContainText("Unverändert.");
    await expectAxeClean(page);
  });

  test("someone else's article's versions answer 403, a page's versions are for admins only", async ({ as }) => {
    const owner = await createUser("author");
    const article = await createArticle(owner.id);
    const revision = await createRevision("article", article.id, { title: "Alt", body: "Alt" });
    const staticPage = await createPage();
    const pageRevision = await createRevision("page", staticPage.id, { title: "Alt", body: "Alt" });
    const author = await as("author");
    const articleCompare = `/dashboard/articles/${article.id}/revisions/compare?from=${revision}&to=current`;
    expect((await author.goto(articleCompare))!.status()).toBe(403);
    const pageCompare = `/dashboard/pages/${staticPage.id}/revisions/compare?from=${pageRevision}&to=current`;
    expect((await author.goto(pageCompare))!.status()).toBe(403);
    const admin = await as("admin");
    expect((await admin.goto(articleCompare))!.status()).toBe(200);
    expect((await admin.goto(`/dashboard/articles/${article.id}/revisions/compare?from=x&to=current`))!.status()).toBe(
      404,
    );
  });
});
