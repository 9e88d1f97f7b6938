import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatIsoDay, formatTime } from "./format";

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
    expect(() => formatIsoDay(date)).toThrow(/SITE_TIMEZONE/);
    expect(() => formatDate(date)).toThrow(/SITE_TIMEZONE/);
  });
});

describe("file-name days", () => {
  it("use the site's day, not UTC's", () => {
    expect(formatIsoDay(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-16");
  });
});

describe("pages", () => {
  // A formatter made in a page has no time zone unless it is given one: /account showed UTC.
  it("format dates only through lib/format.ts, which applies SITE_TIMEZONE", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) {
          if (/Intl\.DateTimeFormat|toLocale(Date|Time)?String/.test(fs.readFileSync(file, "utf8")))
            offenders.push(file);
        }
      }
    };
    for (const dir of ["app", "components"]) walk(path.resolve(import.meta.dirname, "..", dir));
    expect(offenders).toEqual([]);
  });
});
