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
let upstream: http.Server;
let front: Awaited<ReturnType<typeof startFrontServer>>;
let base = "";
const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"]))?.[1] ?? "none";
    if (req.url === "/api/health") return res.writeHead(200, { "content-type": "application/json" }).end('{"database":"up"}');
    if (req.url?.startsWith("/dashboard/hang")) {
      hanging.received++;
      return void res.on("close", () => hanging.closed++);
    }
    if (req.url === "/boom") return res.writeHead(500, { "content-type": "text/html" }).end("<html><body></body></html>");
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html><script nonce="${nonce}">1</script>${req.method} ${req.url}</html>`));
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  const port = await freePort();
  front = await startFrontServer({ port, host: "127.0.0.1", upstreamPort, databaseUrl: inject("databaseUrl") });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await sql.end();
});

const count = (what: string) => hits.filter((h) => h === what).length;

describe("front server", () => {
  it("serves anonymous pages from its cache with the nonce they were rendered with", async () => {
    const first = await fetch(`${base}/posts/cache-probe`);
    const second = await fetch(`${base}/posts/cache-probe`);
    expect(count("GET /posts/cache-probe")).toBe(1);
    const nonce = /'nonce-([^']+)'/.exec(second.headers.get("content-security-policy")!)?.[1];
    expect(await second.text()).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("etag")).toBe(second.headers.get("etag"));
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never caches for a session cookie, and empties the cache on a POST and on a database change", async () => {
    const cookie = { cookie: "authjs.session-token=abc" };
    await fetch(`${base}/posts/private-probe`, { headers: cookie });
    const mine = await fetch(`${base}/posts/private-probe`, { headers: cookie });
    expect(count("GET /posts/private-probe")).toBe(2);
    expect(mine.headers.get("cache-control")).toBe("private, no-store");

    await fetch(`${base}/posts/write-probe`);
    await fetch(`${base}/api/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await fetch(`${base}/posts/write-probe`);
    expect(count("GET /posts/write-probe")).toBe(2);

    await fetch(`${base}/posts/notify-probe`);
    await sql`update categories set name = name where id = (select min(id) from categories)`;
    await expect.poll(async () => (await fetch(`${base}/posts/notify-probe`), count("GET /posts/notify-probe"))).toBeGreaterThanOrEqual(2);
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
    const request = fetch(`${base}/dashboard/hang`, { headers: { cookie: "authjs.session-token=abc" }, signal: client.signal }).catch(() => null);
    await expect.poll(() => hanging.received).toBe(1);
    client.abort();
    await request;
    await expect.poll(() => hanging.closed).toBe(1);
  });
});
