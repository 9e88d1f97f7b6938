import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "./format";

const date = new Date("2026-11-25T10:18:00Z");

afterEach(() => {
  delete process.env.SITE_TIMEZONE;
});

describe("absolute dates", () => {
  it("formats German dates in Berlin time by default", () => {
    expect(formatDate(date)).toBe("25. November 2026");
    expect(formatTime(date)).toBe("11:18 Uhr");
    expect(formatDateTime(date)).toBe("25. November 2026, 11:18 Uhr");
  });

  it("formats English dates", () => {
    expect(formatDateTime(date, "en")).toBe("November 25, 2026 at 11:18 AM");
  });

  it("follows SITE_TIMEZONE and rejects invalid zones", () => {
    process.env.SITE_TIMEZONE = "America/New_York";
    expect(formatTime(date)).toBe("05:18 Uhr");
    process.env.SITE_TIMEZONE = "Mars/Olympus";
    expect(() => formatDate(date)).toThrow(/SITE_TIMEZONE/);
  });
});
