import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkVisibility } from "./mixed-writers";
import { steadyRate } from "./steady-rate";

// A real local server standing in for the site's article pages.
const pages: Record<string, [number, string]> = {
  "/posts/a": [200, "<p>Kennung tokA1</p><p>Kennung tokA2</p>"],
  "/posts/b": [200, "<p>Kennung tokB1</p>"],
  "/posts/c": [503, "<p>Kennung tokC1</p>"],
};
const server = http.createServer((req, res) => {
  const [status, body] = pages[req.url ?? ""] ?? [404, ""];
  res.writeHead(status, { "content-type": "text/html" }).end(body);
});
let baseUrl = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("checkVisibility", () => {
  it("passes an article only when its next view shows every new comment, and counts held comments and failed views", async () => {
    const check = await checkVisibility(baseUrl, [
      { articleId: 1, path: "/posts/a", token: "tokA1", status: "approved" },
      { articleId: 1, path: "/posts/a", token: "tokA2", status: "approved" },
      { articleId: 2, path: "/posts/b", token: "tokB1", status: "approved" },
      { articleId: 2, path: "/posts/b", token: "tokB2", status: "approved" }, // stale page
      { articleId: 3, path: "/posts/c", token: "tokC1", status: "approved" }, // 503
      { articleId: 4, path: "/posts/d", token: "tokD1", status: "pending" },
    ]);
    expect(check).toEqual({
      articles: 3,
      articlesShown: 1,
      articlesFailed: 2,
      commentsShown: 3,
      commentsMissing: 2,
      notApproved: 1,
      failedViews: { 503: 1 },
    });
  });
});

describe("steadyRate", () => {
  it("sends rate × seconds requests and counts their answers", async () => {
    const result = await steadyRate(50, 0.2, async (n) => (n % 2 === 0 ? 401 : 201));
    expect(result.sent + result.dropped).toBe(10);
    expect(result.dropped).toBe(0);
    expect(result.statusCodes).toEqual({ 401: 5, 201: 5 });
  });
});
