import { describe, expect, it } from "vitest";
import { slugify, SLUG_MAX_LENGTH, SLUG_PATTERN, withSuffix } from "./slug";

describe("slugify", () => {
  it("transliterates German umlauts and ß, strips other accents, lower-case kebab", () => {
    expect(slugify("Größe & Übermaß")).toBe("groesse-uebermass");
    expect(slugify("Ärger, Öl und Übel")).toBe("aerger-oel-und-uebel");
    expect(slugify("Straße ẞ")).toBe("strasse-ss");
    expect(slugify("Crème brûlée à la française – Ça va?")).toBe("creme-brulee-a-la-francaise-ca-va");
    expect(slugify("  Next.js 16: Was ist neu?  ")).toBe("next-js-16-was-ist-neu");
    expect(slugify("Łódź, Ærø")).toBe("lodz-aero");
  });

  it("returns empty for text without letters or digits and caps the length on a word boundary", () => {
    expect(slugify(" —!? ")).toBe("");
    const long = slugify("wort ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long).toMatch(SLUG_PATTERN);
  });

  it("adds numeric suffixes within the length limit", () => {
    expect(withSuffix("titel", 1)).toBe("titel");
    expect(withSuffix("titel", 2)).toBe("titel-2");
    const long = "a".repeat(SLUG_MAX_LENGTH);
    expect(withSuffix(long, 12)).toHaveLength(SLUG_MAX_LENGTH);
    expect(withSuffix(long, 12).endsWith("-12")).toBe(true);
  });
});
