// The front server as a shared HTTP cache, against a stand-in origin (a plain node:http server
// that counts what reaches it and answers with the Cache-Control and Surrogate-Key it is told)
// and the real test database for its purge notifications.
import http from "node:http";
import net from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort } from "@/db/embedded";
import { PURGE_CHANNEL } from "@/lib/cache-keys";
import { startFrontServer } from "./server";

const hits: string[] = [];
const hanging = { received: 0, closed: 0 };
const slow = { active: 0, most: 0 };
/** Each page's body names how often it was rendered, so a test sees which copy it got. */
const renders = new Map<string, number>();
let upstream: http.Server;
let front: Awaited<ReturnType<typeof startFrontServer>>;
let base = "";
let port = 0;
const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });

const SHARED = "public, max-age=0, s-maxage=3600";

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? "/", "http://x");
    if (/^\/(?:api|dashboard)\/hang/.test(url.pathname)) {
      hanging.received++;
      return void res.on("close", () => hanging.closed++);
    }
    if (url.pathname.startsWith("/slow/")) {
      slow.most = Math.max(slow.most, ++slow.active);
      const headers = {
        "content-type": "text/html",
        "cache-control": SHARED,
        "surrogate-key": url.searchParams.get("keys") ?? "slow",
      };
      return void setTimeout(() => (slow.active--, res.writeHead(200, headers).end(`<p>slow ${hits.length}</p>`)), 100);
    }
    // Like Next refusing a server action: answers at once, without reading the body.
    if (req.method === "POST" && url.pathname === "/refuse")
      return void res.writeHead(413, { "content-type": "text/plain" }).end("too many parts");
    req.resume();
    req.on("end", () => {
      const n = (renders.get(url.pathname) ?? 0) + 1;
      renders.set(url.pathname, n);
      const headers: http.OutgoingHttpHeaders = {
        "content-type": "text/html; charset=utf-8",
        "cache-control": url.searchParams.get("cc") ?? SHARED,
      };
      if (url.searchParams.get("keys")) headers["surrogate-key"] = url.searchParams.get("keys")!;
      if (url.searchParams.get("cookie")) headers["set-cookie"] = "x=1";
      res
        .writeHead(Number(url.searchParams.get("status") ?? 200), headers)
        .end(`<html>render ${n} of ${url.pathname} for [${req.headers.cookie ?? ""}]</html>`);
    });
  });
  const upstreamPort = await freePort();
  await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
  port = await freePort();
  front = await startFrontServer({
    port,
    host: "127.0.0.1",
    upstreamPort,
    databaseUrl: inject("databaseUrl"),
    upstreamTimeoutMs: 1500,
  });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await front.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  await sql.end();
});

const count = (what: string) => hits.filter((h) => h.startsWith(what)).length;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers }).then(async (r) => ({
    status: r.status,
    headers: r.headers,
    text: await r.text(),
  }));
const purge = (keys: string) => sql`select pg_notify(${PURGE_CHANNEL}, ${keys})`;

describe("front server", () => {
  it("keeps a response as long as its Cache-Control allows, with ETag, Age and compression", async () => {
    const first = await get("/posts/a?keys=article:1");
    const second = await get("/posts/a?keys=article:1", { "accept-encoding": "gzip" });
    expect(count("GET /posts/a")).toBe(1);
    expect(second.text).toBe(first.text);
    expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["MISS", "HIT"]);
    expect(second.headers.get("surrogate-key")).toBe("article:1");
    expect(second.headers.get("cache-control")).toBe(SHARED);
    const etag = second.headers.get("etag")!;
    const revalidated = await fetch(`${base}/posts/a?keys=article:1`, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);
    const gzipped = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/posts/a?keys=article:1`, { headers: { "accept-encoding": "gzip" } }, resolve),
    );
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    gzipped.resume();
  });

  it("stores nothing a shared cache must not: private, no-store, Set-Cookie, errors, signed-in requests", async () => {
    for (const path of [
      "/p/private?cc=private,%20no-store",
      "/p/none?cc=no-store",
      "/p/cookie?cookie=1",
      "/p/missing?status=404",
      "/p/plain?cc=max-age=0",
    ]) {
      await get(path);
      await get(path);
      expect(count(`GET ${path}`)).toBe(2);
    }
    await get("/p/shared?keys=x");
    const signedIn = await get("/p/shared?keys=x", { cookie: "theme=dark; authjs.session-token=anna" });
    expect(signedIn.text).toContain("authjs.session-token=anna");
    // An unrelated cookie does not bypass the cache, and is not sent on a fill.
    const withTheme = await get("/p/shared?keys=x", { cookie: "theme=dark" });
    expect(withTheme.text).toContain("for []");
    expect(count("GET /p/shared")).toBe(2);
  });

  it("purges exactly the responses carrying a published key, and everything on `all`", async () => {
    await get("/k/one?keys=article:1%20comments:1");
    await get("/k/two?keys=article:2%20comments:2");
    await get("/k/list?keys=list:home%20comments:1%20comments:2");
    await purge("comments:1");
    await expect.poll(async () => (await get("/k/one?keys=article:1%20comments:1")).text).toContain("render 2");
    expect((await get("/k/list?keys=list:home%20comments:1%20comments:2")).text).toContain("render 2");
    expect((await get("/k/two?keys=article:2%20comments:2")).text).toContain("render 1");
    await purge("all");
    await expect.poll(async () => (await get("/k/two?keys=article:2%20comments:2")).text).toContain("render 2");
  });

  it("does not store a render that started before a purge of one of its keys", async () => {
    const slowRender = fetch(`${base}/slow/race?keys=article:9`).then((r) => r.text());
    await expect.poll(() => count("GET /slow/race")).toBe(1);
    await purge("article:9");
    await new Promise((r) => setTimeout(r, 150));
    await slowRender;
    expect((await get("/slow/race?keys=article:9")).headers.get("x-cache")).toBe("MISS");
    expect(count("GET /slow/race")).toBe(2);
  });

  it("serves a stale copy within stale-while-revalidate and fetches a new one behind it", async () => {
    const cc = encodeURIComponent("public, s-maxage=1, stale-while-revalidate=30");
    await get(`/swr/page?cc=${cc}`);
    await new Promise((r) => setTimeout(r, 1100));
    const stale = await get(`/swr/page?cc=${cc}`);
    expect(stale.headers.get("x-cache")).toBe("STALE");
    expect(stale.text).toContain("render 1");
    await expect.poll(async () => (await get(`/swr/page?cc=${cc}`)).text).toContain("render 2");
  });

  it("coalesces concurrent misses for one URL into one fetch", async () => {
    await Promise.all(Array.from({ length: 10 }, () => get("/slow/same")));
    expect(count("GET /slow/same")).toBe(1);
  });

  it("purges nothing for a POST, whatever the origin answers", async () => {
    await get("/w/page?keys=article:5");
    const refused = await fetch(`${base}/api/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    await refused.arrayBuffer();
    expect((await get("/w/page?keys=article:5")).headers.get("x-cache")).toBe("HIT");
  });

  it("gives a request with a body a connection of its own, so a refused body cannot break the next request", async () => {
    const parts =
      Array.from({ length: 5000 }, (_, i) => `--b\r\ncontent-disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join(
        "",
      ) + "--b--\r\n";
    const posted = await fetch(`${base}/refuse`, {
      method: "POST",
      headers: { "next-action": "abc", "content-type": "multipart/form-data; boundary=b" },
      body: parts,
    });
    await posted.arrayBuffer();
    const after = await Promise.all(Array.from({ length: 5 }, (_, i) => get(`/after/post${i}?keys=x`)));
    // The origin closing on an unread body may reach the client as a reset: our 503 page then.
    expect([413, 503]).toContain(posted.status);
    expect(after.map((r) => r.status)).toEqual(Array(5).fill(200));
    expect(after.every((r) => r.text.includes("render 1"))).toBe(true);
  });

  it("answers oversized headers with 431 instead of resetting the connection", async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, "127.0.0.1", () =>
        socket.end(`GET / HTTP/1.1\r\nhost: x\r\nx-big: ${"a".repeat(100 * 1024)}\r\n\r\n`),
      );
      let data = "";
      socket.on("data", (c) => (data += c));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
  });

  it("drops the upstream request when the client goes away, so no upstream socket is held forever", async () => {
    const client = new AbortController();
    const request = fetch(`${base}/api/hang`, {
      headers: { cookie: "authjs.session-token=abc" },
      signal: client.signal,
    }).catch(() => null);
    await expect.poll(() => hanging.received).toBe(1);
    client.abort();
    await request;
    await expect.poll(() => hanging.closed).toBe(1);
  });

  it("gives up on a read the origin does not answer in time with a 503", async () => {
    const cached = await fetch(`${base}/dashboard/hang?1`);
    const passed = await fetch(`${base}/api/hang?2`, { headers: { cookie: "authjs.session-token=abc" } });
    expect([cached.status, passed.status]).toEqual([503, 503]);
  });

  it("frees a render slot when its client leaves while waiting for it, and never sends that request on", async () => {
    const signedIn = { cookie: "authjs.session-token=abc" };
    const before = hanging.received;
    const holders = Array.from({ length: 8 }, (_, i) =>
      fetch(`${base}/api/hang?slot${i}`, { headers: signedIn }).catch(() => null),
    );
    await expect.poll(() => hanging.received).toBe(before + 8);
    const leaving = new AbortController();
    const waiting = Array.from({ length: 8 }, (_, i) =>
      fetch(`${base}/slow/left${i}`, { headers: signedIn, signal: leaving.signal }).catch(() => null),
    );
    await new Promise((r) => setTimeout(r, 100));
    leaving.abort();
    await Promise.all([...waiting, ...holders]);
    const after = await fetch(`${base}/slow/after`, { headers: signedIn });
    expect(after.status).toBe(200);
    expect(count("GET /slow/left")).toBe(0);
  });

  it("passes the origin at most eight renders at once; the rest wait their turn and are answered", async () => {
    slow.most = 0;
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${base}/slow/${i}`)));
    expect(pages.map((page) => page.status)).toEqual(Array(20).fill(200));
    expect(slow.most).toBe(8);
  });
});
