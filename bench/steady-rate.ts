// An open-loop sender for the mixed cases' writers: `rate` requests a second, evenly spaced,
// whatever the answers take (a slow server gets the same offered load, not fewer requests),
// unlike autocannon's rate limit, which releases each second's requests in one burst.

export type SteadyResult = {
  sent: number;
  /** Not sent because `maxInFlight` requests were still waiting for an answer. */
  dropped: number;
  /** Requests that got no answer (network error or timeout). */
  errors: number;
  statusCodes: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? 0
    : Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]);
}

/** `send(n)` sends the n-th request and resolves to its HTTP status. Waits for the last answer. */
export async function steadyRate(
  rate: number,
  seconds: number,
  send: (n: number) => Promise<number>,
  maxInFlight = 200,
): Promise<SteadyResult> {
  const period = 1000 / rate;
  const start = performance.now();
  const end = start + seconds * 1000;
  const statusCodes: Record<string, number> = {};
  const latencies: number[] = [];
  const pending = new Set<Promise<void>>();
  let dropped = 0;
  let errors = 0;
  let n = 0;
  for (let due = start; due < end; due = start + ++n * period) {
    const wait = due - performance.now();
    // A late timer sends what is due at once, so the average rate holds.
    if (wait > 0) await sleep(wait);
    if (pending.size >= maxInFlight) {
      dropped++;
      continue;
    }
    const sentAt = performance.now();
    const answered: Promise<void> = send(n)
      .then(
        (status) => {
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
          latencies.push(performance.now() - sentAt);
        },
        () => {
          errors++;
        },
      )
      .finally(() => pending.delete(answered));
    pending.add(answered);
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return {
    sent: n - dropped,
    dropped,
    errors,
    statusCodes,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}
