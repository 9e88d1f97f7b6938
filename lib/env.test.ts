import { describe, expect, it } from "vitest";
import { isConfigError, parseEnv } from "./env";

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (isConfigError(error)) return error.detail!.split("\n");
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("fills every default from an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      DATABASE_POOL_WAIT_MS: 5000,
      NEXT_HEAP_MB: 256,
      DATA_DIR: ".data",
      PORT: 3000,
      SITE_NAME: "Blattwerk",
      SITE_LOCALE: "de",
      SITE_TIMEZONE: "Europe/Berlin",
      SITE_CONTACT_EMAIL: "redaktion@example.com",
      siteUrl: "http://localhost:3000",
      FEED_FULL_TEXT: false,
      TRUST_PROXY: false,
      LOG_LEVEL: "info",
      uploadDir: null,
      mail: null,
      oauth: { github: false, google: false },
    });
    expect(env.NEXT_WORKERS).toBeUndefined();
    expect(env.SITE_URL).toBeUndefined();
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ SITE_NAME: "  ", PORT: "" })).toMatchObject({ SITE_NAME: "Blattwerk", PORT: 3000 });
  });

  it("parses numbers, flags, URLs and derived settings", () => {
    const env = parseEnv({
      DATABASE_POOL_SIZE: "4",
      NEXT_WORKERS: "2",
      SITE_URL: "https://blattwerk.example/magazin/",
      FEED_FULL_TEXT: "TRUE",
      TRUST_PROXY: "1",
      SITE_LOCALE: "en",
      DATA_DIR: "/srv/blattwerk",
      UPLOAD_DIR: "/srv/blattwerk/uploads",
      SMTP_URL: "smtp://user:pass@mail.example.com:587",
      EMAIL_FROM: "Blattwerk <noreply@example.com>",
      AUTH_GITHUB_ID: "id",
      AUTH_GITHUB_SECRET: "secret",
    });
    expect(env).toMatchObject({
      DATABASE_POOL_SIZE: 4,
      NEXT_WORKERS: 2,
      SITE_URL: "https://blattwerk.example/magazin",
      siteUrl: "https://blattwerk.example/magazin",
      FEED_FULL_TEXT: true,
      TRUST_PROXY: true,
      SITE_LOCALE: "en",
      uploadDir: "/srv/blattwerk/uploads",
      mail: { smtpUrl: "smtp://user:pass@mail.example.com:587", from: "Blattwerk <noreply@example.com>" },
      oauth: { github: true, google: false },
    });
  });

  it("names each wrong variable with its value", () => {
    expect(problemsOf({ SITE_URL: "foo" })).toEqual([
      'SITE_URL must be an absolute http(s) URL such as "https://blattwerk.example" (got "foo").',
    ]);
    expect(problemsOf({ DATABASE_POOL_SIZE: "-1" })).toEqual(['DATABASE_POOL_SIZE must be at least 1 (got "-1").']);
    expect(problemsOf({ DATABASE_POOL_SIZE: "zehn", PORT: "70000", TRUST_PROXY: "yes" })).toEqual([
      'DATABASE_POOL_SIZE must be a whole number (got "zehn").',
      'PORT must be at most 65535 (got "70000").',
      'TRUST_PROXY must be "true" or "false" (got "yes").',
    ]);
  });

  it.each([
    ["SITE_URL", "ftp://blattwerk.example"],
    ["AUTH_URL", "blattwerk.example"],
    ["DATABASE_URL", "mysql://localhost/blattwerk"],
    ["DATABASE_POOL_WAIT_MS", "0"],
    ["NEXT_WORKERS", "1.5"],
    ["NEXT_HEAP_MB", "16"],
    ["SITE_LOCALE", "fr"],
    ["SITE_TIMEZONE", "Mars/Olympus"],
    ["SITE_CONTACT_EMAIL", "redaktion"],
    ["FEED_FULL_TEXT", "vielleicht"],
    ["SMTP_URL", "mail.example.com"],
    ["LOG_LEVEL", "verbose"],
  ])("refuses %s=%s", (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${name} .*\\(got "${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\)\\.$`),
    );
  });
});
