import { describe, expect, it } from "vitest";
import { purgeRequests } from "./purge-forwarder";

const none = { varnish: [], webhook: null, fastly: null };

describe("purgeRequests", () => {
  it("sends every Varnish the keys in xkey-purge headers of at most 6,000 bytes", () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `comments:${100000 + i}`);
    const requests = purgeRequests({ ...none, varnish: ["http://a:6081/", "http://b:6081/"] }, keys);
    const headers = requests.map((r) => (r.init.headers as Record<string, string>)["xkey-purge"]);
    expect(requests.every((r) => r.init.method === "PURGE")).toBe(true);
    expect(headers.every((h) => h.length <= 6000)).toBe(true);
    expect(new Set(requests.map((r) => r.url))).toEqual(new Set(["http://a:6081/", "http://b:6081/"]));
    // Every key reaches each server exactly once.
    const sent = headers.flatMap((h) => h.split(" "));
    expect(sent).toHaveLength(keys.length * 2);
    expect(new Set(sent)).toEqual(new Set(keys));
  });

  it("turns `all` into one purge of everything per target", () => {
    const requests = purgeRequests(
      { varnish: ["http://a:6081/"], webhook: "http://hook/", fastly: { serviceId: "svc", token: "t" } },
      ["article:1", "all"],
    );
    expect(requests.map((r) => [r.url, r.init.method])).toEqual([
      ["http://a:6081/", "PURGE"],
      ["https://api.fastly.com/service/svc/purge_all", "POST"],
      ["http://hook/", "POST"],
    ]);
    expect((requests[0].init.headers as Record<string, string>)["xkey-purge"]).toBe("all");
  });

  it("asks Fastly for at most 256 surrogate keys a request, with the token", () => {
    const keys = Array.from({ length: 300 }, (_, i) => `article:${i}`);
    const requests = purgeRequests({ ...none, fastly: { serviceId: "svc", token: "geheim" } }, keys);
    expect(requests).toHaveLength(2);
    const headers = requests.map((r) => r.init.headers as Record<string, string>);
    expect(headers.map((h) => h["surrogate-key"].split(" ").length)).toEqual([256, 44]);
    expect(headers.every((h) => h["fastly-key"] === "geheim")).toBe(true);
  });
});
