import { describe, expect, it } from "vitest";
import { legacyPathOf, normalizeLegacyPath } from "./legacy-path";

describe("normalizeLegacyPath", () => {
  it("spells every form of an old address the same way", () => {
    expect(normalizeLegacyPath("/mein-beitrag/")).toBe("/mein-beitrag");
    expect(normalizeLegacyPath("/mein-beitrag")).toBe("/mein-beitrag");
    expect(normalizeLegacyPath("/%c3%bcber-uns/?utm_source=x#top")).toBe("/über-uns");
    expect(normalizeLegacyPath("/%C3%BCber-uns")).toBe("/über-uns");
    expect(normalizeLegacyPath("//2024//12/")).toBe("/2024/12");
    expect(normalizeLegacyPath("/")).toBe("/");
  });

  it("keeps only the query parameters WordPress addressed content by, and only on /", () => {
    expect(normalizeLegacyPath("/?p=12&utm=1")).toBe("/?p=12");
    expect(normalizeLegacyPath("/?page_id=3")).toBe("/?page_id=3");
    expect(normalizeLegacyPath("/?p=abc")).toBe("/");
    expect(normalizeLegacyPath("/beitrag/?p=12")).toBe("/beitrag");
  });

  it("survives broken percent-encoding", () => {
    expect(normalizeLegacyPath("/100%-sicher/")).toBe("/100%-sicher");
  });
});

describe("legacyPathOf", () => {
  it("takes the path of a WordPress link", () => {
    expect(legacyPathOf("https://blog.example.com/2019/08/14/pass/")).toBe("/2019/08/14/pass");
    expect(legacyPathOf("https://blog.example.com/?p=9305")).toBe("/?p=9305");
    expect(legacyPathOf("kein link")).toBeNull();
  });
});
