import { describe, expect, it } from "vitest";
import { parseLocalDateTime, toLocalDateTime } from "./zoned-time";

describe("datetime-local in the site's time zone", () => {
  it("reads summer and winter time in Europe/Berlin", () => {
    expect(parseLocalDateTime("2026-07-01T10:30", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(parseLocalDateTime("2026-01-15T10:30:20", "Europe/Berlin")?.toISOString()).toBe("2026-01-15T09:30:20.000Z");
    expect(parseLocalDateTime("2026-07-01T10:30", "America/New_York")?.toISOString()).toBe("2026-07-01T14:30:00.000Z");
  });

  it("round-trips and refuses malformed or impossible dates", () => {
    const date = new Date("2026-10-25T03:15:00Z"); // 02:15 that night is ambiguous (clocks go back)
    expect(parseLocalDateTime(toLocalDateTime(date, "Europe/Berlin"), "Europe/Berlin")?.toISOString()).toBe(
      date.toISOString(),
    );
    expect(parseLocalDateTime("", "Europe/Berlin")).toBeNull();
    expect(parseLocalDateTime("2026-02-30T10:00", "Europe/Berlin")).toBeNull();
    expect(parseLocalDateTime("morgen", "Europe/Berlin")).toBeNull();
  });
});
