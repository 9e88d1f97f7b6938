import { expect, newContext, test } from "./fixtures";
import { createUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

test.describe("security headers", () => {
  for (const path of [
    "/",
    "/posts/heimnetzwerk-einrichten",
    "/gibt-es-nicht",
    "/posts/gibt-es-nicht",
    "/api/health",
    "/signin",
    "/feed.xml",
    "/robots.txt",
  ]) {
    test(`are on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name], `${name} on ${path}`).toBe(value);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("HSTS is sent when the site is served over HTTPS behind the proxy", async ({ request }) => {
    const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  });

  test("the Content-Security-Policy blocks an injected inline script while the page's own scripts run", async ({
    page,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportViolation: (d: string) => void }).reportViolation(e.violatedDirective),
      );
    });
    // Simulate a stored XSS that slipped past escaping: the server's headers stay as they are.
    // The sign-in page: anonymous reader pages carry no scripts at all (origin/without-scripts.ts).
    await page.route("**/signin", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</main>", "<script>window.__injected = true</script></main>");
      await route.fulfill({ response, body: html });
    });
    await page.goto("/signin");
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    // Next's own, nonce-carrying scripts did run: the app hydrated.
    expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
  });

  test("anonymous pages are cacheable, a signed-in user's pages are private and never shared", async ({
    browser,
    baseURL,
    request,
    sql,
  }) => {
    const first = await request.get("/posts/heimnetzwerk-einrichten");
    // Shared caches may keep it (s-maxage), browsers revalidate; its keys name what it shows.
    expect(first.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+/);
    const [shown] = await sql<{ id: number }[]>`select id from articles where slug = 'heimnetzwerk-einrichten'`;
    expect(first.headers()["surrogate-key"]?.split(" ")).toEqual(
      expect.arrayContaining(["layout", `article:${shown.id}`, `comments:${shown.id}`]),
    );
    const etag = first.headers()["etag"];
    expect(etag).toBeTruthy();
    const revalidated = await request.get("/posts/heimnetzwerk-einrichten", { headers: { "if-none-match": etag } });
    expect(revalidated.status()).toBe(304);

    // Zeta has a comment waiting for approval: only she sees it, on every view of her own, and
    // no cache may keep her page.
    const reader = await createUser("reader", { name: "Privatleserin Zeta" });
    const [article] = await sql<{ id: number }[]>`select id from articles where slug = 'heimnetzwerk-einrichten'`;
    const held = `Zetas wartender Kommentar ${Date.now()}`;
    await sql`insert into comments (article_id, author_id, body, status) values (${article.id}, ${reader.id}, ${held}, 'pending')`;
    const context = await newContext(browser, baseURL!);
    const page = await context.newPage();
    await new SignInPage(page).signIn(reader.email, reader.password);
    for (let view = 0; view < 2; view++) {
      const mine = await page.request.get("/posts/heimnetzwerk-einrichten");
      expect(mine.headers()["cache-control"]).toBe("private, no-store");
      expect(mine.headers()["surrogate-key"]).toBeUndefined();
      const html = await mine.text();
      expect(html).toContain("Privatleserin Zeta");
      expect(html).toContain(held);
    }
    // Another reader, signed in, and the anonymous copy, fetched right after, know nothing of her.
    const other = await createUser("reader", { name: "Leser Ypsilon" });
    const otherContext = await newContext(browser, baseURL!);
    const otherPage = await otherContext.newPage();
    await new SignInPage(otherPage).signIn(other.email, other.password);
    const theirs = await (await otherPage.request.get("/posts/heimnetzwerk-einrichten")).text();
    expect(theirs).toContain("Leser Ypsilon");
    const anonymous = await (await request.get("/posts/heimnetzwerk-einrichten")).text();
    for (const html of [theirs, anonymous]) {
      expect(html).not.toContain("Privatleserin Zeta");
      expect(html).not.toContain(held);
    }
    // Approved in the database (as the dashboard would): everyone sees it on the next request.
    await sql`update comments set status = 'approved' where body = ${held}`;
    await expect
      .poll(async () => (await otherPage.request.get("/posts/heimnetzwerk-einrichten")).text())
      .toContain(held);
    await otherContext.close();
    await context.close();
  });
});
