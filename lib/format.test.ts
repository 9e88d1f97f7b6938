import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatRelativeTime, formatTime } from "./format";

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

describe("formatRelativeTime", () => {
  const now = new Date("2026-11-28T10:18:00Z");

  it("speaks German", () => {
    expect(formatRelativeTime(date, now)).toBe("vor 3 Tagen");
    expect(formatRelativeTime(new Date(now.getTime() - 5 * 60_000), now)).toBe("vor 5 Minuten");
    expect(formatRelativeTime(new Date(now.getTime() - 10_000), now)).toBe("jetzt");
    expect(formatRelativeTime(new Date(now.getTime() - 86_400_000), now)).toBe("gestern");
  });

  it("speaks English", () => {
    expect(formatRelativeTime(date, now, "en")).toBe("3 days ago");
  });
});
