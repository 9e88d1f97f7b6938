import AxeBuilder from "@axe-core/playwright";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createUser } from "../tests/data";

// The dashboard around moderation: the articles list's comment counts, the discussion settings
// and the accessibility of the overview and the queue (the queue itself: e2e/moderation.spec.ts).

test.describe("moderation dashboard: articles, settings, accessibility", () => {
  test("articles list with comment counts closes and reopens comments", async ({
    as,
    sql,
    signedIn,
    browser,
    baseURL,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    await createComment({ articleId: article.id, authorId: reader.id, body: "Freigegeben", status: "approved" }).then(
      (c) => c.id,
    );
    await createComment({ articleId: article.id, authorId: reader.id, body: "Wartet eins", status: "pending" }).then(
      (c) => c.id,
    );
    await createComment({ articleId: article.id, authorId: reader.id, body: "Wartet zwei", status: "pending" }).then(
      (c) => c.id,
    );
    const page = await as("author");
    await page.goto("/dashboard/articles");
    const row = page.locator(`tr[data-article-id="${article.id}"]`);
    await expect(row).toContainText("1 freigegeben, 2 ausstehend");
    await expect(row.getByRole("link", { name: article.title })).toHaveAttribute(
      "href",
      `/dashboard/articles/${article.id}/edit`,
    );
    await row.getByRole("button", { name: "Kommentare schließen" }).click();
    await expect(page.getByRole("status")).toHaveText("Die Kommentare zum Artikel sind geschlossen.");
    const [closed] = await sql<
      { comments_open: boolean }[]
    >`select comments_open from articles where id = ${article.id}`;
    expect(closed.comments_open).toBe(false);
    const anonymous = await (await newContext(browser, baseURL!)).newPage();
    await anonymous.goto(`/posts/${article.slug}`);
    await expect(anonymous.getByText("Die Kommentare zu diesem Artikel sind geschlossen.")).toBeVisible();
    await row.getByRole("button", { name: "Kommentare öffnen" }).click();
    await expect(page.getByRole("status")).toHaveText("Die Kommentare zum Artikel sind wieder offen.");
    await anonymous.context().close();
  });

  test("admins change the moderation settings; errors stay next to the field with the typed value", async ({
    as,
    sql,
  }) => {
    const page = await as("admin");
    await page.goto("/dashboard/settings");
    await page.getByLabel("Moderationsliste").fill("casino\nkredit");
    await page.getByLabel("Linkgrenze").fill("viele");
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expect(page.locator("#settings-linkThreshold-error")).toHaveText(
      "Bitte gib eine ganze Zahl von 1 bis 100 ein.",
    );
    await expect(page.getByLabel("Linkgrenze")).toHaveValue("viele");
    await expect(page.getByLabel("Moderationsliste")).toHaveValue("casino\nkredit");
    await page.getByLabel("Linkgrenze").fill("3");
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expect(page.getByText("Die Einstellungen sind gespeichert und gelten ab sofort.")).toBeVisible();
    const [row] = await sql<
      { value: { moderationWords: string[]; linkThreshold: number; autoCloseAfterDays: number | null } }[]
    >`select value from settings where key = 'moderation'`;
    expect(row.value.moderationWords).toEqual(["casino", "kredit"]);
    expect(row.value.linkThreshold).toBe(3);
    expect(row.value.autoCloseAfterDays).toBeNull();
    // Put the defaults back for the other tests.
    await sql`delete from settings where key = 'moderation'`;

    const author = await as("author");
    expect((await author.goto("/dashboard/settings"))!.status()).toBe(403);
  });

  test("no serious or critical accessibility violations on the overview and the queue", async ({
    as,
    sql,
    signedIn,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const parent = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Eltern-Kommentar",
      status: "approved",
    }).then((c) => c.id);
    await sql`insert into comments (article_id, author_id, body, status, parent_id, idempotency_key)
              values (${article.id}, ${reader.id}, 'Eine Antwort <script>alert(1)</script>', 'pending', ${parent}, ${crypto.randomUUID()})`;
    const page = await as("author");
    for (const path of ["/dashboard", "/dashboard/comments", `/dashboard/comments?article=${article.id}`]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        path,
      ).toEqual([]);
    }
    await expect(page.getByText("Eine Antwort <script>alert(1)</script>")).toBeVisible();
    await expect(page.getByText("Tastenkürzel")).toBeVisible();
  });
});
