import { describe, expect, it } from "vitest";
import { createRandom } from "./text";
import { zipfSampler } from "./zipf";

describe("zipfSampler", () => {
  it("draws item i about 1/i as often as the first, and every item stays in range", () => {
    const n = 1000;
    const draw = zipfSampler(n, createRandom(7));
    const counts = new Array<number>(n).fill(0);
    for (let k = 0; k < 200_000; k++) counts[draw()]++;
    const harmonic = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
    expect(counts[0] / 200_000).toBeCloseTo(1 / harmonic, 2); // ≈ 13 % on the most popular
    expect(counts[0] / counts[1]).toBeGreaterThan(1.8);
    expect(counts[0] / counts[1]).toBeLessThan(2.2);
    expect(counts[0] / counts[9]).toBeGreaterThan(8);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(200_000);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(900); // the tail is read too
  });

  it("always answers 0 for a single item", () => {
    const draw = zipfSampler(1, createRandom(1));
    expect([draw(), draw(), draw()]).toEqual([0, 0, 0]);
  });
});
