// A WordPress blog moved over: the shared genuine export imported into the e2e database (this
// file runs last, so the other specs see only the demo content), then read as readers do.
import fs from "node:fs";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../db/schema";
import { runWordpressImport } from "../server/wordpress-import/run";
import { expect, test } from "./fixtures";

const SHARED_EXPORT = path.resolve(import.meta.dirname, "../../shared/wordpress/export-posts.xml");
const POST = "/posts/warum-ich-meine-e-mails-nur-noch-zweimal-am-tag-lese";

test.beforeAll(async () => {
  const url = fs.readFileSync(path.resolve(process.env.DATA_DIR ?? ".data", "e2e", "database-url"), "utf8").trim();
  const client = postgres(url, { max: 2, onnotice: () => {} });
  try {
    const report = await runWordpressImport(drizzle(client, { schema }), SHARED_EXPORT);
    expect(report.counts.posts.failed).toBe(0);
  } finally {
    await client.end();
  }
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
