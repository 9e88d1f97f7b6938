// A WordPress blog moved over: the shared genuine export imported through the dashboard's
// import page (this file runs last, so the other specs see only the demo content), then read
// as readers do. The tests run in order: the later ones read what the first imported.
import path from "node:path";
import { expect, test } from "./fixtures";

const SHARED_EXPORT = path.resolve(import.meta.dirname, "../../shared/wordpress/export-posts.xml");
const POST = "/posts/warum-ich-meine-e-mails-nur-noch-zweimal-am-tag-lese";

test.describe.configure({ mode: "serial" });

test("an admin imports the export through the dashboard page: refusal, dry run, import, report kept", async ({
  as,
  sql,
}) => {
  test.setTimeout(180_000);
  // Without JavaScript: the form posts the file and the page refreshes itself while the run lasts.
  const page = await as("admin", { javaScriptEnabled: false });
  await page.goto("/dashboard/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("WordPress-Import");

  // Not an export at all: refused with one message, nothing imported.
  await page.getByLabel("Export-Datei").setInputFiles({
    name: "notizen.xml",
    mimeType: "text/xml",
    buffer: Buffer.from('<?xml version="1.0"?><notizen><notiz>Hallo</notiz></notizen>'),
  });
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "refused", { timeout: 60_000 });
  await expect(page.getByRole("alert")).toContainText("kein WordPress-Export (WXR)");

  // A dry run reports what would come over and saves nothing.
  await page.goto("/dashboard/import");
  await page.getByLabel("Export-Datei").setInputFiles(SHARED_EXPORT);
  await page.getByLabel(/Probelauf/).check();
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "done", { timeout: 120_000 });
  await expect(page.getByText("Probelauf: nichts wurde gespeichert.")).toBeVisible();
  await expect(page.locator('tr[data-kind="posts"] td[data-outcome="imported"]')).toHaveText("25");
  expect((await sql`select 1 from articles where wp_id is not null`).length).toBe(0);

  // The import itself.
  await page.goto("/dashboard/import");
  await page.getByLabel("Export-Datei").setInputFiles(SHARED_EXPORT);
  await page.getByRole("button", { name: "Importieren" }).click();
  await expect(page).toHaveURL(/\/dashboard\/import\?run=\d+$/);
  await expect(page.locator("[data-status]")).toHaveAttribute("data-status", "done", { timeout: 120_000 });
  await expect(page.locator('tr[data-kind="posts"] td[data-outcome="imported"]')).toHaveText("25");
  await expect(page.locator('tr[data-kind="comments"] td[data-outcome="imported"]')).toHaveText("112");
  const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from articles where wp_id is not null`;
  expect(n).toBe(25);

  // Every run stays listed, the refused one and the dry run included.
  await page.goto("/dashboard/import");
  const history = page.locator("section", { has: page.getByRole("heading", { name: "Bisherige Importe" }) });
  await expect(history.getByRole("row", { name: /export-posts\.xml.*fertig/ })).toHaveCount(2);
  await expect(history.getByRole("row", { name: /notizen\.xml.*abgelehnt/ })).toHaveCount(1);
});

test("only admins may open the import page or upload", async ({ as, request, baseURL }) => {
  for (const role of ["reader", "author"] as const) {
    const page = await as(role);
    const response = await page.goto("/dashboard/import");
    expect(response?.status(), role).toBe(403);
    const upload = await page.request.post("/api/wordpress-import", {
      headers: { origin: new URL(baseURL!).origin },
      multipart: { file: { name: "x.xml", mimeType: "text/xml", buffer: Buffer.from("<rss/>") } },
      maxRedirects: 0,
    });
    expect(upload.status(), role).toBe(403);
  }
  const anonymous = await request.post("/api/wordpress-import", {
    headers: { origin: new URL(baseURL!).origin },
    multipart: { file: { name: "x.xml", mimeType: "text/xml", buffer: Buffer.from("<rss/>") } },
    maxRedirects: 0,
  });
  expect(anonymous.status()).toBe(401);
});

test("old WordPress addresses answer 301 with the new ones", async ({ request }) => {
  for (const old of ["/warum-ich-meine-e-mails-nur-noch-zweimal-am-tag-lese", "/?p=8"]) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(new URL(response.headers().location, "http://x").pathname, old).toBe(POST);
  }
  // With the trailing slash WordPress wrote, the site ends at the same page.
  const followed = await request.get("/warum-ich-meine-e-mails-nur-noch-zweimal-am-tag-lese/");
  expect(followed.status()).toBe(200);
  expect(new URL(followed.url()).pathname).toBe(POST);
  const feed = await request.get("/feed/", { maxRedirects: 0 });
  expect([301, 308]).toContain(feed.status());
  expect((await request.get("/gibt-es-auch-in-wordpress-nicht")).status()).toBe(404);
});

test("imported comments show in threads, guests by name with their website, emails never", async ({ page }) => {
  await page.goto(POST);
  await expect(page.getByText("Peter schreibt:").first()).toBeVisible();
  const website = page.getByRole("link", { name: "Jürgen W.", exact: true }).first();
  await expect(website).toHaveAttribute("href", "http://juergen.example.net/");
  await expect(website).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
  // Jürgen's "Danke dir!" answers Peter: it sits inside Peter's thread.
  const thread = page
    .locator("li.comment-thread", { has: page.locator("li.comment-thread", { hasText: "Danke dir!" }) })
    .first();
  await expect(thread.locator(".comment__author").first()).toHaveText("Peter schreibt:");
  expect(await page.content()).not.toContain("peter.k@example.net");
});
