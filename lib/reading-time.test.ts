import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "./reading-time";

describe("reading time", () => {
  it("counts words, not Markdown syntax or link targets", () => {
    expect(
      countWords("## Überschrift\n\nEin **fetter** [Link](https://example.org/sehr/langer/pfad) – und `Code`."),
    ).toBe(6);
  });

  it("rounds to whole minutes at 200 words a minute, at least one", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes("Wort ".repeat(150))).toBe(1);
    expect(readingMinutes("Wort ".repeat(1000))).toBe(5);
    expect(readingMinutes("Wort ".repeat(1100))).toBe(6);
  });
});
