import { afterEach, describe, expect, it } from "vitest";
import { requestOrigin } from "@/server/http/request-origin";

const LOOPBACK = "http://localhost:41234";
const headers = (h: Record<string, string>) => new Headers(h);

afterEach(() => {
  for (const key of ["AUTH_URL", "SITE_URL", "TRUST_PROXY"]) delete process.env[key];
});

describe("requestOrigin", () => {
  it("is the Host the user called, not Next's loopback address", () => {
    expect(requestOrigin(headers({ host: "Blog.Example.de:8080" }), LOOPBACK)).toBe("http://blog.example.de:8080");
    expect(requestOrigin(headers({ host: "[::1]:3000" }), LOOPBACK)).toBe("http://[::1]:3000");
  });

  it("prefers the configured origin", () => {
    process.env.SITE_URL = "https://magazin.example.de/blog";
    expect(requestOrigin(headers({ host: "evil.example" }), LOOPBACK)).toBe("https://magazin.example.de");
    process.env.AUTH_URL = "https://auth.example.de";
    expect(requestOrigin(headers({ host: "evil.example" }), LOOPBACK)).toBe("https://auth.example.de");
  });

  it("takes https from X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(requestOrigin(headers({ host: "blog.example.de", "x-forwarded-proto": "https" }), LOOPBACK)).toBe(
      "http://blog.example.de",
    );
    process.env.TRUST_PROXY = "true";
    expect(requestOrigin(headers({ host: "blog.example.de", "x-forwarded-proto": "https" }), LOOPBACK)).toBe(
      "https://blog.example.de",
    );
  });

  it("keeps the fallback for a missing or malformed Host", () => {
    for (const host of ["", "evil.example/path", "a b", "evil.example@x", "x:99999999"]) {
      expect(requestOrigin(headers(host ? { host } : {}), LOOPBACK), host).toBe(LOOPBACK);
    }
  });
});
