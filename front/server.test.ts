// The front server against a stand-in for Next (a plain node:http server that counts what
// reaches it) and the real test database for its change notifications.
import http from "node:http";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "@/db/embedded";
import { createArticle, createUser } from "@/tests/factories";
import { startFrontServer } from "./server";

const hits: string[] = [];
/** Requests to /hang get no answer; this records when the front server gives up on one. */
const hanging = { received: 0, closed: 0 };
/** Requests to /slow/… take a moment; this records how many Next would render at once. */
const slow = { active: 0, most: 0 };
let upstream: http.Server;
let front: Awaited<ReturnType<typeof startFrontServer>>;
let base = "";
const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"]))?.[1] ?? "none";
    if (req.url === "/api/health") return res.writeHead(200, { "content-type": "application/json" }).end('{"database":"up"}');
    if (/^\/(?:api|dashboard)\/hang/.test(req.url ?? "")) {
      hanging.received++;
      return void res.on("close", () => hanging.closed++);
    }
    if (req.url?.startsWith("/slow/")) {
      slow.most = Math.max(slow.most, ++slow.active);
      return void setTimeout(() => (slow.active--, res.writeHead(200, { "content-type": "text/html" }).end("<p>slow</p>")), 100);
    }
    if (req.url === "/boom") return res.writeHead(500, { "content-type": "text/html" }).end("<html><body></body></html>");
    req.resume();
    // The page names the cookie it was rendered for, so a test can see whose page it got.
    req.on("end", () => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html><script type="application/ld+json" nonce="${nonce}">{}</script><script nonce="${nonce}">run()</script>${req.method} ${req.url} for [${req.headers.cookie ?? ""}]</html>`));
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  const port = await freePort();
  front = await startFrontServer({ port, host: "127.0.0.1", upstreamPort, databaseUrl: inject("databaseUrl"), upstreamTimeoutMs: 1500 });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await sql.end();
});

const count = (what: string) => hits.filter((h) => h === what).length;

describe("front server", () => {
  it("serves anonymous pages from its cache without scripts, but with their structured data and its nonce", async () => {
    const first = await fetch(`${base}/posts/cache-probe`);
    const second = await fetch(`${base}/posts/cache-probe`);
    expect(count("GET /posts/cache-probe")).toBe(1);
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get("content-security-policy")!)?.[1];
    const html = await second.text();
    expect(html).toContain(`<script type="application/ld+json" nonce="${nonce}">{}</script>`);
    expect(html).not.toContain("run()");
    // A signed-in user's page keeps its scripts.
    expect(await (await fetch(`${base}/posts/cache-probe`, { headers: { cookie: "authjs.session-token=anna" } })).text()).toContain("run()");
    expect(first.headers.get("etag")).toBe(second.headers.get("etag"));
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("caches a signed-in page only for the very same session cookie, and never an anonymous dashboard", async () => {
    const anna = { cookie: "theme=dark; authjs.session-token=anna" };
    const ben = { cookie: "authjs.session-token=ben" };
    const annas = [await fetch(`${base}/posts/private-probe`, { headers: anna }), await fetch(`${base}/posts/private-probe`, { headers: anna })];
    expect(count("GET /posts/private-probe")).toBe(1);
    for (const page of annas) {
      expect(await page.text()).toContain("session-token=anna");
      expect(page.headers.get("cache-control")).toBe("private, no-store");
      expect(page.headers.get("etag")).toBeNull();
    }
    // Another cookie beside the same session shares the session's entry; another session does not.
    expect(await (await fetch(`${base}/posts/private-probe`, { headers: { cookie: "authjs.session-token=anna; theme=light" } })).text()).toContain("session-token=anna");
    expect(await (await fetch(`${base}/posts/private-probe`, { headers: ben })).text()).toContain("session-token=ben]");
    const anonymous = await (await fetch(`${base}/posts/private-probe`)).text();
    expect(anonymous).toContain("for []");
    expect(count("GET /posts/private-probe")).toBe(3);

    await fetch(`${base}/dashboard/queue`);
    await fetch(`${base}/dashboard/queue`);
    expect(count("GET /dashboard/queue")).toBe(2);
  });

  it("empties both caches on a POST and on a database change", async () => {
    const anna = { cookie: "authjs.session-token=anna" };
    await fetch(`${base}/posts/write-probe`);
    await fetch(`${base}/dashboard/write-probe`, { headers: anna });
    await fetch(`${base}/api/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await fetch(`${base}/posts/write-probe`);
    await fetch(`${base}/dashboard/write-probe`, { headers: anna });
    expect([count("GET /posts/write-probe"), count("GET /dashboard/write-probe")]).toEqual([2, 2]);

    await fetch(`${base}/posts/notify-probe`);
    await fetch(`${base}/dashboard/notify-probe`, { headers: anna });
    await sql`update categories set name = name where id = (select min(id) from categories)`;
    await expect.poll(async () => (await fetch(`${base}/posts/notify-probe`), count("GET /posts/notify-probe"))).toBeGreaterThanOrEqual(2);
    await fetch(`${base}/dashboard/notify-probe`, { headers: anna });
    expect(count("GET /dashboard/notify-probe")).toBe(2);
  });

  it("expires the cache at the next scheduled publication, however many writes arrive at once", async () => {
    const author = await createUser("author");
    const at = new Date(Date.now() + 60_000);
    const post = () => fetch(`${base}/api/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then((r) => r.arrayBuffer());
    const burst = Array.from({ length: 5 }, post);
    await createArticle(author.id, { status: "scheduled", publishedAt: at });
    await Promise.all([...burst, post(), post()]);
    await expect.poll(() => front.cache.expiresAt).toBeLessThanOrEqual(at.getTime());
  });

  it("refuses cross-site and Origin-less form posts, and bodies over 2 MB, before they reach Next", async () => {
    const before = hits.length;
    const crossSite = await fetch(`${base}/posts/x`, { method: "POST", headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    const noOrigin = await fetch(`${base}/posts/x`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    const huge = await fetch(`${base}/api/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(2 * 1024 * 1024 + 1) });
    expect([crossSite.status, noOrigin.status, huge.status]).toEqual([403, 403, 413]);
    expect(hits.slice(before).filter((h) => h.startsWith("POST"))).toEqual([]);
  });

  it("answers a failed page with its own 500 page carrying the request id", async () => {
    const response = await fetch(`${base}/boom`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(500);
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const html = await response.text();
    expect(html).toContain("Ein Fehler ist aufgetreten");
    expect(html).toContain(id);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("drops the upstream request when the client goes away, so no upstream socket is held forever", async () => {
    const client = new AbortController();
    const request = fetch(`${base}/api/hang`, { headers: { cookie: "authjs.session-token=abc" }, signal: client.signal }).catch(() => null);
    await expect.poll(() => hanging.received).toBe(1);
    client.abort();
    await request;
    await expect.poll(() => hanging.closed).toBe(1);
  });

  it("gives up on a page Next does not answer in time with a 503, for cached and passed-through reads", async () => {
    const cached = await fetch(`${base}/dashboard/hang`, { headers: { cookie: "authjs.session-token=abc" } });
    const passed = await fetch(`${base}/api/hang?2`);
    expect([cached.status, passed.status]).toEqual([503, 503]);
    await expect.poll(() => hanging.closed).toBe(3);
  });

  it("passes Next at most eight renders at once; the rest wait their turn and are answered", async () => {
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${base}/slow/${i}`)));
    expect(pages.map((page) => page.status)).toEqual(Array(20).fill(200));
    expect(slow.most).toBe(8);
  });
});
