import { describe, expect, it } from "vitest";
import { cacheKey, PURGE_PAYLOAD_MAX_BYTES, purgePayloads } from "./cache-keys";

describe("purge payloads", () => {
  it("puts keys into as few payloads as fit, each below the limit, without duplicates", () => {
    const keys = Array.from({ length: 1000 }, (_, i) =>
      cacheKey.user(`00000000-0000-4000-8000-${String(i).padStart(12, "0")}`),
    );
    const payloads = purgePayloads([...keys, ...keys.slice(0, 10)]);
    for (const payload of payloads) expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(PURGE_PAYLOAD_MAX_BYTES);
    // Full: every payload but the last had no room for the next key.
    for (const payload of payloads.slice(0, -1))
      expect(Buffer.byteLength(payload) + 1 + keys[0].length).toBeGreaterThan(PURGE_PAYLOAD_MAX_BYTES);
    expect(payloads.flatMap((p) => p.split(" "))).toEqual(keys);
  });

  it("builds the keys the triggers build", () => {
    expect([cacheKey.article(7), cacheKey.comments(7), cacheKey.archive(2026, 3), cacheKey.home]).toEqual([
      "article:7",
      "comments:7",
      "archive:2026-03",
      "list:home",
    ]);
    expect(purgePayloads([])).toEqual([]);
  });
});
