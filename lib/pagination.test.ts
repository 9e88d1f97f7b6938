import { describe, expect, it } from "vitest";
import { pageHref, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("accepts canonical positive integers only", () => {
    expect(parsePageParam(undefined)).toBe(1);
    expect(parsePageParam("3")).toBe(3);
    for (const bad of ["0", "-1", "02", "2.0", "abc", "", "99999999", ["2", "3"]]) {
      expect(parsePageParam(bad), String(bad)).toBeNull();
    }
  });
});

describe("pageHref", () => {
  it("gives page 1 no parameter", () => {
    expect(pageHref("/category/seo", 1)).toBe("/category/seo");
    expect(pageHref("/category/seo", 2)).toBe("/category/seo?page=2");
    expect(pageHref("/posts/a", 1, "comments", "#comments")).toBe("/posts/a#comments");
    expect(pageHref("/posts/a", 3, "comments", "#comments")).toBe("/posts/a?comments=3#comments");
  });
});
