import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { expect, newContext, test } from "./fixtures";
import { createArticle, createComment, createUser, type TestUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";
import { QueuePage } from "./pages/moderation-pages";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${++counter}`;

async function statusOf(sql: postgres.Sql, id: number) {
  const [row] = await sql<{ status: string }[]>`select status::text from comments where id = ${id}`;
  return row?.status ?? "deleted";
}

async function signedInAs(page: Page, user: TestUser) {
  await new SignInPage(page).signIn(user.email, user.password);
  await expect(page).toHaveURL(/\/$/);
}

test.describe("moderation dashboard", () => {
  test("the article's author approves a held first comment; spam and trash take it off the article again; the history lists each step", async ({
    as,
    sql,
    signedIn,
    browser,
    baseURL,
  }) => {
    const reader = await createUser();
    const article = await createArticle(signedIn.author.user.id);
    const body = `Mein erster Kommentar ${unique()}`;
    const id = await createComment({ articleId: article.id, authorId: reader.id, body: body, status: "pending" }).then(
      (c) => c.id,
    );

    const anonymous = await (await newContext(browser, baseURL!)).newPage();
    const heading = anonymous.locator("#comments-heading");
    await anonymous.goto(`/posts/${article.slug}`);
    await expect(heading).toHaveText(`Noch keine Kommentare zu „${article.title}“`);
    await expect(anonymous.getByText(body)).toHaveCount(0);

    const page = await as("author");
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    await expect(queue.row(body)).toContainText(reader.name);
    await expect(queue.row(body)).toContainText("Noch kein Kommentar freigegeben");
    await expect(queue.row(body).getByRole("button", { name: "Zurück in die Warteschlange" })).toHaveCount(0);

    const steps = [
      { label: "Freigeben", status: "approved", notice: "1 Kommentar freigegeben", visible: true },
      { label: "Spam", status: "spam", notice: "1 Kommentar als Spam markiert", visible: false },
      { label: "Kein Spam", status: "approved", notice: "1 Kommentar ist kein Spam", visible: true },
      {
        label: "In den Papierkorb",
        status: "trash",
        notice: "1 Kommentar in den Papierkorb verschoben",
        visible: false,
      },
    ] as const;
    let current: "pending" | "approved" | "spam" | "trash" = "pending";
    for (const step of steps) {
      await queue.goto(article.id, current);
      await queue.act(body, step.label);
      await expect(queue.notice).toHaveText(step.notice);
      expect(await statusOf(sql, id)).toBe(step.status);
      current = step.status;
      // The next anonymous request already shows it: the front server's cache was cleared.
      await anonymous.goto(`/posts/${article.slug}`);
      await expect(heading).toHaveText(
        step.visible ? `1 Kommentar zu „${article.title}“` : `Noch keine Kommentare zu „${article.title}“`,
      );
      await expect(anonymous.locator(`#comment-${id}`)).toHaveCount(step.visible ? 1 : 0);
    }

    await page.goto(`/dashboard/comments/${id}`);
    const history = page.locator("table.moderation-history tbody tr");
    await expect(history).toHaveCount(4);
    await expect(history.nth(0)).toContainText("Freigeben");
    await expect(history.nth(0)).toContainText("Ausstehend → Freigegeben");
    await expect(history.nth(1)).toContainText("Freigegeben → Spam");
    await expect(history.nth(2)).toContainText("Spam → Freigegeben");
    await expect(history.nth(3)).toContainText("Freigegeben → Papierkorb");
    await expect(history.nth(3)).toContainText(signedIn.author.user.name);

    // Deleting for good asks first, on a page of its own.
    await queue.goto(article.id, "trash");
    await queue.row(body).getByRole("button", { name: "Endgültig löschen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Endgültig löschen?" })).toBeVisible();
    expect(await statusOf(sql, id)).toBe("trash");
    await page.getByRole("button", { name: "Ja, endgültig löschen" }).click();
    await expect(queue.notice).toHaveText("1 Kommentar endgültig gelöscht");
    expect(new URL(page.url()).searchParams.get("status")).toBe("trash");
    expect(await statusOf(sql, id)).toBe("deleted");
    await anonymous.context().close();
  });

  test("bulk approve of three selected comments", async ({ as, sql, signedIn, browser, baseURL }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const bodies = [1, 2, 3].map((n) => `Sammelkommentar ${n} ${unique()}`);
    const ids = [];
    for (const b of bodies)
      ids.push(
        await createComment({ articleId: article.id, authorId: reader.id, body: b, status: "pending" }).then(
          (c) => c.id,
        ),
      );
    const other = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: `Bleibt liegen ${unique()}`,
      status: "pending",
    }).then((c) => c.id);

    const page = await as("author");
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    for (const b of bodies) await queue.row(b).getByRole("checkbox").check();
    await queue.bulk("approve");
    await expect(queue.notice).toHaveText("3 Kommentare freigegeben");
    for (const id of ids) expect(await statusOf(sql, id)).toBe("approved");
    expect(await statusOf(sql, other)).toBe("pending");

    const anonymous = await (await newContext(browser, baseURL!)).newPage();
    await anonymous.goto(`/posts/${article.slug}`);
    await expect(anonymous.locator("#comments-heading")).toHaveText(`3 Kommentare zu „${article.title}“`);
    await anonymous.context().close();
  });

  test("another author neither sees nor can act on the comment, also not by replaying the action's raw POST (403)", async ({
    as,
    sql,
    signedIn,
    browser,
    baseURL,
  }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const body = `Nur für die Autorin ${unique()}`;
    const id = await createComment({ articleId: article.id, authorId: reader.id, body: body, status: "pending" }).then(
      (c) => c.id,
    );

    const otherAuthor = await createUser("author");
    const otherContext = await newContext(browser, baseURL!);
    const other = await otherContext.newPage();
    await signedInAs(other, otherAuthor);
    await other.goto(`/dashboard/comments?article=${article.id}`);
    await expect(other.getByText(body)).toHaveCount(0);
    await other.goto("/dashboard/comments");
    await expect(other.getByText(body)).toHaveCount(0);
    expect((await other.goto(`/dashboard/comments/${id}`))!.status()).toBe(403);

    // The real author's form, without JavaScript: the fields the approve button would post.
    const page = await as("author", { javaScriptEnabled: false });
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    const button = queue.row(body).getByRole("button", { name: "Freigeben", exact: true });
    const fields = await button.evaluate((b: HTMLButtonElement) =>
      Array.from(new FormData(b.form!, b).entries()).map(([k, v]) => [k, String(v)]),
    );
    expect(fields).toContainEqual(["rowAction", `approve:${id}`]);
    // Without JavaScript the form posts to this route handler (with JavaScript: the server action).
    const target = await button.evaluate((b: HTMLButtonElement) => new URL(b.form!.action).pathname);
    expect(target).toBe("/dashboard/comments/moderate");
    const multipart = Object.fromEntries(fields);
    const headers = { origin: new URL(baseURL!).origin };

    const replay = await otherContext.request.post(target, { multipart, headers, maxRedirects: 0 });
    expect(replay.status()).toBe(403);
    expect(await statusOf(sql, id)).toBe("pending");
    const [events] = await sql<
      { n: number }[]
    >`select count(*)::int as n from moderation_events where comment_id = ${id}`;
    expect(events.n).toBe(0);

    // The same post from the article's author goes through: the replay did reach the action.
    const own = await page.context().request.post(target, { multipart, headers, maxRedirects: 0 });
    expect(own.status()).toBe(303);
    expect(await statusOf(sql, id)).toBe("approved");
    await otherContext.close();
  });

  test("the queue works without JavaScript", async ({ as, sql, signedIn }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const body = `Ohne Skript ${unique()}`;
    const id = await createComment({ articleId: article.id, authorId: reader.id, body: body, status: "pending" }).then(
      (c) => c.id,
    );
    const page = await as("author", { javaScriptEnabled: false });
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    await queue.act(body, "In den Papierkorb");
    await expect(queue.notice).toHaveText("1 Kommentar in den Papierkorb verschoben");
    expect(new URL(page.url()).searchParams.get("article")).toBe(String(article.id));
    expect(await statusOf(sql, id)).toBe("trash");
  });

  test("keyboard: j moves to the next row, a approves it", async ({ as, sql, signedIn }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const older = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: `Älter ${unique()}`,
      status: "pending",
    }).then((c) => c.id);
    await sql`update comments set created_at = now() - interval '1 minute' where id = ${older}`;
    const newer = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: `Neuer ${unique()}`,
      status: "pending",
    }).then((c) => c.id);
    const page = await as("author");
    const queue = new QueuePage(page);
    await queue.goto(article.id);
    await page.locator("tr[data-queue-row]").first().focus();
    await page.keyboard.press("j");
    await expect(page.locator(`tr[data-comment-id="${older}"]`)).toBeFocused();
    await Promise.all([page.waitForURL(/done=approve/), page.keyboard.press("a")]);
    await expect(queue.notice).toHaveText("1 Kommentar freigegeben");
    expect(await statusOf(sql, older)).toBe("approved");
    expect(await statusOf(sql, newer)).toBe("pending");
  });

  test("reply and edit from the comment's page; the history keeps the old text", async ({ as, sql, signedIn }) => {
    const article = await createArticle(signedIn.author.user.id);
    const reader = await createUser();
    const id = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Ein Tippfeler",
      status: "pending",
    }).then((c) => c.id);
    const page = await as("author");
    await page.goto(`/dashboard/comments/${id}`);
    await page.getByLabel("Kommentartext").fill("Ein Tippfehler");
    await page.getByRole("button", { name: "Text speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "gespeichert" })).toBeVisible();
    await page.getByLabel("Deine Antwort").fill("Danke für den Hinweis!");
    await page.getByRole("button", { name: "Antwort veröffentlichen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deine Antwort ist veröffentlicht." })).toBeVisible();

    const rows = await sql<{ body: string; status: string; author_id: string }[]>`
      select body, status::text, author_id from comments where article_id = ${article.id} order by id`;
    expect(rows).toEqual([
      { body: "Ein Tippfehler", status: "approved", author_id: reader.id },
      { body: "Danke für den Hinweis!", status: "approved", author_id: signedIn.author.user.id },
    ]);
    const history = page.locator("table.moderation-history tbody tr");
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText("Text bearbeitet");
    await expect(history.nth(0)).toContainText("Ein Tippfeler");
    await expect(history.nth(1)).toContainText("Ausstehend → Freigegeben");
  });

  test("an admin bans a comment's author and sends their pending comments to spam", async ({ as, sql, signedIn }) => {
    const article = await createArticle(signedIn.author.user.id);
    const troll = await createUser();
    const first = await createComment({
      articleId: article.id,
      authorId: troll.id,
      body: `Werbung eins ${unique()}`,
      status: "pending",
    }).then((c) => c.id);
    const second = await createComment({
      articleId: article.id,
      authorId: troll.id,
      body: `Werbung zwei ${unique()}`,
      status: "pending",
    }).then((c) => c.id);
    const page = await as("admin");
    await page.goto(`/dashboard/comments/${first}`);
    await expect(page.getByText(troll.email)).toBeVisible();
    await page.getByRole("button", { name: "Sperren" }).click();
    await expect(page.getByText("Bitte gib einen Grund an.")).toBeVisible();
    await page.getByLabel("Grund der Sperre").fill("Werbung");
    await page.getByRole("button", { name: "Sperren" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "2 ausstehende Kommentare als Spam markiert" }),
    ).toBeVisible();
    const [user] = await sql<
      { ban_reason: string }[]
    >`select ban_reason from users where id = ${troll.id} and banned_at is not null`;
    expect(user.ban_reason).toBe("Werbung");
    expect([await statusOf(sql, first), await statusOf(sql, second)]).toEqual(["spam", "spam"]);

    // Authors see no email addresses and cannot ban.
    const author = await as("author");
    await author.goto(`/dashboard/comments/${second}`);
    await expect(author.getByText(troll.email)).toHaveCount(0);
    await expect(author.getByRole("button", { name: "Sperren" })).toHaveCount(0);
  });
});
