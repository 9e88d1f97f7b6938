import { describe, expect, it } from "vitest";
import { Lru } from "./lru";

describe("Lru", () => {
  it("evicts the least recently used entry past its entry limit", () => {
    const lru = new Lru<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1);
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
  });

  it("keeps the total weight within its limit and refuses an entry heavier than that", () => {
    const lru = new Lru<string, string>(100, 10);
    lru.set("a", "x", 6);
    lru.set("b", "y", 6);
    expect(lru.get("a")).toBeUndefined();
    expect(lru.get("b")).toBe("y");
    lru.set("huge", "z", 11);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.size).toBe(1);
  });

  it("replaces an entry's value and weight", () => {
    const lru = new Lru<string, string>(100, 10);
    lru.set("a", "x", 8);
    lru.set("a", "y", 2);
    lru.set("b", "z", 8);
    expect(lru.get("a")).toBe("y");
    expect(lru.get("b")).toBe("z");
  });
});
