// Zipf-like popularity for the mixed cases' readers: the i-th item (1-based) is drawn with
// probability ∝ 1 / i^s, so a few articles get most views and a long tail gets a few each.

/** A sampler of 0-based indexes into `n` items ranked by popularity. */
export function zipfSampler(n: number, random: () => number, s = 1): () => number {
  if (n < 1) throw new Error("zipfSampler needs at least one item");
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1) ** s;
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
