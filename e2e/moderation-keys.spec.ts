import AxeBuilder from "@axe-core/playwright";
import type postgres from "postgres";
import { expect, test } from "./fixtures";
import { createArticle, createComment, createUser } from "../tests/data";
import { QueuePage } from "./pages/moderation-pages";

// Issue 18, point 8: WordPress's further keys in the comment queue, and their help dialog.

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function statusOf(sql: postgres.Sql, id: number) {
  const [row] = await sql<{ status: string }[]>`select status::text from comments where id = ${id}`;
  return row?.status ?? "deleted";
}

test.describe("moderation keys", () => {
  test("t trashes the focused comment, z undoes it, x selects a row, d asks before deleting", async ({
    as,
    sql,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const body = `Tastenprobe ${unique()}`;
    const id = (await createComment({ articleId: article.id, authorId: reader.id, body, status: "pending" })).id;
    const page = await as("author");
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    await queue.row(body).focus();

    await page.keyboard.press("x");
    await expect(page.locator(`#select-${id}`)).toBeChecked();
    await page.keyboard.press("x");
    await expect(page.locator(`#select-${id}`)).not.toBeChecked();

    await Promise.all([page.waitForURL(/done=trash/), page.keyboard.press("t")]);
    expect(await statusOf(sql, id)).toBe("trash");
    await expect(page.getByRole("button", { name: "Rückgängig" })).toBeVisible();
    await Promise.all([page.waitForURL(/done=restore/), page.keyboard.press("z")]);
    await expect(queue.notice).toHaveText("1 Kommentar wiederhergestellt");
    expect(await statusOf(sql, id)).toBe("pending");

    // Deleting for good: from the trash, and only after the confirmation page.
    await sql`update comments set status = 'trash' where id = ${id}`;
    await queue.goto(article.id, "trash");
    await queue.row(body).focus();
    await Promise.all([page.waitForURL(/\/dashboard\/comments\/delete\?/), page.keyboard.press("d")]);
    await expect(page.getByRole("heading", { name: "Endgültig löschen?" })).toBeVisible();
    expect(await statusOf(sql, id)).toBe("trash");
  });

  test("r and e open the comment's reply and edit fields with the cursor in them", async ({ as, signedIn }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const body = `Antwortprobe ${unique()}`;
    const id = (await createComment({ articleId: article.id, authorId: reader.id, body, status: "pending" })).id;
    const page = await as("author");
    const queue = new QueuePage(page);
    for (const [key, field] of [
      ["r", "#reply-body"],
      ["e", "#edit-body"],
    ] as const) {
      await queue.goto(article.id);
      await queue.row(body).focus();
      await page.keyboard.press(key);
      await expect(page).toHaveURL(new RegExp(`/dashboard/comments/${id}${field}$`));
      await expect(page.locator(field)).toBeFocused();
    }
  });

  test("? opens the help as a modal dialog: focus inside, axe-clean, Escape closes it and focus returns", async ({
    as,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const body = `Hilfeprobe ${unique()}`;
    await createComment({ articleId: article.id, authorId: (await createUser()).id, body, status: "pending" });
    const page = await as("author");
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    await queue.row(body).focus();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Kürzel der Warteschlange" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("letzte Aktion rückgängig machen");
    await expect(dialog.getByRole("button", { name: "Schließen" })).toBeFocused();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    // While it is open, queue keys do nothing.
    await page.keyboard.press("j");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(queue.row(body)).toBeFocused();

    await page.getByRole("button", { name: "Alle Kürzel zeigen (?)" }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Schließen" }).click();
    await expect(dialog).toBeHidden();
  });
});
