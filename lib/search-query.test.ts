import { describe, expect, it } from "vitest";
import {
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  MAX_QUERY_LENGTH,
  normaliseSearchQuery,
  splitHighlights,
} from "./search-query";

describe("normaliseSearchQuery", () => {
  it("trims, collapses whitespace and takes the first of repeated parameters", () => {
    expect(normaliseSearchQuery("  Netzwerke \n  einrichten ")).toBe("Netzwerke einrichten");
    expect(normaliseSearchQuery(["erste", "zweite"])).toBe("erste");
    expect(normaliseSearchQuery(undefined)).toBe("");
    expect(normaliseSearchQuery("   ")).toBe("");
  });

  it("caps the length by code points and removes NUL, controls and the highlight markers", () => {
    expect(normaliseSearchQuery("a".repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normaliseSearchQuery("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji).toBe("😀".repeat(MAX_QUERY_LENGTH));
    expect(normaliseSearchQuery(`a\u0000b${S}c${E}d`)).toBe("a b c d");
  });

  it("leaves query syntax alone: websearch_to_tsquery handles it", () => {
    expect(normaliseSearchQuery(`'); drop table articles; --`)).toBe(`'); drop table articles; --`);
  });
});

describe("splitHighlights", () => {
  it("splits marked and unmarked parts", () => {
    expect(splitHighlights(`Ein ${S}Netzwerk${E} für ${S}alle${E}.`)).toEqual([
      { text: "Ein ", highlighted: false },
      { text: "Netzwerk", highlighted: true },
      { text: " für ", highlighted: false },
      { text: "alle", highlighted: true },
      { text: ".", highlighted: false },
    ]);
  });

  it("never produces markup from unbalanced or stray markers", () => {
    expect(splitHighlights(`a${E}b${S}c`)).toEqual([{ text: "abc", highlighted: false }]);
    expect(splitHighlights("<b>kein HTML</b>")).toEqual([{ text: "<b>kein HTML</b>", highlighted: false }]);
    expect(splitHighlights("")).toEqual([]);
  });
});
