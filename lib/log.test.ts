import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions, maskEmail } from "./log";

describe("logs", () => {
  it("mask email addresses", () => {
    expect(maskEmail("leser@example.com")).toBe("l***@example.com");
    expect(maskEmail(null)).toBeUndefined();
  });

  it("redact passwords, tokens and cookies wherever they appear", () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    // The app's logger options, writing into memory.
    const child = pino(loggerOptions, sink);
    child.info(
      {
        password: "geheim123456",
        user: { sessionToken: "abc", password: "x" },
        headers: { cookie: "authjs.session-token=xyz" },
      },
      "test",
    );
    const text = lines.join("");
    expect(text).not.toMatch(/geheim123456|abc|xyz/);
    expect(text).toContain("[redacted]");
  });
});
