import { describe, expect, it } from "vitest";
import { createCommentPool, createRandom } from "./text";
import { articleThread, commentCounts } from "./threads";

describe("generated discussions", () => {
  it("spread exactly the requested number of comments, with a heavy tail", () => {
    const counts = commentCounts(createRandom(1), 10_000, 100_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
    const sorted = [...counts].sort((a, b) => a - b);
    expect(sorted[5000]).toBeLessThan(10); // most articles have few comments
    expect(sorted[9999]).toBeGreaterThan(100); // a few have hundreds
  });

  it("answer only earlier, approved comments, at most three levels deep", () => {
    const random = createRandom(2);
    const thread = articleThread(random, {
      firstId: 1000,
      count: 500,
      publishedAt: new Date("2024-01-01T00:00:00Z"),
      now: new Date("2025-01-01T00:00:00Z"),
      articleAuthorId: "author",
      readerIds: ["a", "b", "c"],
      bodies: createCommentPool(random, 50),
      pendingShare: 0.01,
    });
    const byId = new Map(thread.map((c) => [c.id, c]));
    const depth = (id: number): number => (byId.get(id)!.parentId === null ? 1 : 1 + depth(byId.get(id)!.parentId!));
    for (const c of thread) {
      if (c.parentId === null) continue;
      const parent = byId.get(c.parentId)!;
      expect(parent.status).toBe("approved");
      expect(parent.createdAt.getTime()).toBeLessThan(c.createdAt.getTime());
      expect(depth(c.id)).toBeLessThanOrEqual(3);
    }
    expect(thread.some((c) => c.parentId !== null)).toBe(true);
    expect(thread.every((c) => c.createdAt.getTime() <= Date.parse("2025-01-01T00:00:00Z"))).toBe(true);
  });
});
