// Without AUTH_URL or SITE_URL, Auth.js's redirects must lead to the address the user called
// (the Host header the front server passes on), never to Next's loopback port behind it.
// A site instance of its own: the e2e server runs with AUTH_URL set. Also: malformed bodies
// to the route handlers get 3xx/4xx, never 500.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSiteInstance, type SiteInstance } from "./site-instance";

const HOST = "blattwerk.example:8443";
const ORIGIN = `http://${HOST}`;

let site: SiteInstance;

beforeAll(async () => {
  delete process.env.AUTH_URL;
  delete process.env.SITE_URL;
  site = await startSiteInstance("auth-origin");
}, 16 * 60_000);

afterAll(async () => {
  await site?.stop();
});

type Answer = { status: number; location: string | undefined; cookies: string[]; body: string };

/** node:http, because fetch does not let a request choose its Host header. */
function request(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const url = new URL(path, site.baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? "GET",
        headers: { host: HOST, ...options.headers },
        timeout: 15_000,
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            cookies: res.headers["set-cookie"] ?? [],
            body,
          }),
        );
      },
    );
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error(`timeout: ${path}`)));
    req.end(options.body);
  });
}

describe("Auth.js behind the front server, without a configured origin", () => {
  it("redirects /api/auth/signin to the sign-in page on the host the user called", async () => {
    const answer = await request("/api/auth/signin");
    expect(answer.status).toBeGreaterThanOrEqual(300);
    expect(answer.status).toBeLessThan(400);
    // Relative or absolute, it stays on the user's host, and so does the way back.
    const target = new URL(answer.location!, ORIGIN);
    expect(target.origin).toBe(ORIGIN);
    expect(target.pathname).toBe("/signin");
    expect(target.searchParams.get("callbackUrl")).toBe(ORIGIN);
  });

  it("sends a password sign-in back to the host the user called", async () => {
    const csrf = await request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
    const answer = await request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { cookie, origin: ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        csrfToken,
        email: "leser@example.com",
        password: "demo-leser-2026",
        callbackUrl: "/account",
      }).toString(),
    });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe(`${ORIGIN}/account`);
    expect(answer.cookies.some((c) => c.startsWith("authjs.session-token="))).toBe(true);
  });

  it("answers malformed bodies with 4xx, never 500", async () => {
    const posts: [string, string, string][] = [
      ["/api/auth/callback/credentials", "application/json", "{kaputt"],
      ["/api/auth/callback/credentials", "multipart/form-data", "kaputt"],
      ["/api/auth/signout", "application/json", "[1,2"],
      ["/api/comments", "application/json", "{kaputt"],
      ["/dashboard/comments/moderate", "application/json", "{kaputt"],
      ["/dashboard/media/upload", "multipart/form-data", "kaputt"],
      ["/dashboard/preview", "application/json", "{kaputt"],
    ];
    for (const [path, type, body] of posts) {
      const answer = await request(path, { method: "POST", headers: { origin: ORIGIN, "content-type": type }, body });
      expect(answer.status, `${path} ${type}`).toBeGreaterThanOrEqual(300);
      expect(answer.status, `${path} ${type}`).toBeLessThan(500);
    }
  });
});
