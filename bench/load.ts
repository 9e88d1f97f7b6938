// Bounded load with autocannon against loopback only. Every run stops by itself: autocannon's
// own duration, a hard stop shortly after it, and a cap on the number of requests.
import autocannon from "autocannon";

export type CaseResult = {
  name: string;
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  note?: string;
  skipped?: string;
};

export type LoadOptions = {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
  maxRequests?: number;
};

const MAX_REQUESTS = 2_000_000;

function assertLoopback(url: string) {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "[::1]")
    throw new Error(`the bench only loads loopback, not ${host}`);
}

export async function runLoad(options: LoadOptions): Promise<autocannon.Result> {
  assertLoopback(options.url);
  const cap = options.maxRequests ?? MAX_REQUESTS;
  let responses = 0;
  let instance: autocannon.Instance | undefined;
  const result = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: options.headers,
        requests: options.requests,
        timeout: 10,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
  });
  instance!.on("response", () => {
    if (++responses === cap) instance!.stop();
  });
  const hardStop = setTimeout(() => instance!.stop(), (options.durationSeconds + 15) * 1000);
  try {
    return await result;
  } finally {
    clearTimeout(hardStop);
  }
}

export function toCaseResult(name: string, connections: number, r: autocannon.Result, note?: string): CaseResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(r.statusCodeStats ?? {})) statusCodes[code] = stat?.count ?? 0;
  return {
    name,
    connections,
    requestsPerSecond: Math.round(r.requests.average * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors,
    non2xx: r.non2xx,
    statusCodes,
    // Node interleaves concurrent renders, so 50 slow pages all finish late together: a
    // short case can end before the first one does. Say so rather than print a bare zero.
    note:
      r.requests.total === 0
        ? [note, `no response within ${r.duration.toFixed(0)} s: use a longer --duration`].filter(Boolean).join("; ")
        : note,
  };
}

export const skippedCase = (name: string, connections: number, reason: string): CaseResult => ({
  name,
  connections,
  requestsPerSecond: 0,
  p50Ms: 0,
  p99Ms: 0,
  requests: 0,
  errors: 0,
  non2xx: 0,
  statusCodes: {},
  skipped: reason,
});

/** A short run whose numbers are thrown away: JIT, connection pools and the page cache warm up. */
export async function warmUp(options: LoadOptions, seconds: number): Promise<void> {
  if (seconds > 0) await runLoad({ ...options, durationSeconds: seconds });
}

/**
 * Waits until the site answers a trivial request quickly again: Next keeps rendering requests
 * that autocannon abandoned when a case ended, and the next case must not pay for them.
 */
export async function settle(baseUrl: string, log: (m: string) => void): Promise<void> {
  const started = Date.now();
  let fast = 0;
  while (fast < 2 && Date.now() - started < 120_000) {
    const t0 = Date.now();
    try {
      await (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
      fast = Date.now() - t0 < 250 ? fast + 1 : 0;
    } catch {
      fast = 0;
    }
  }
  if (Date.now() - started > 2000)
    log(`(waited ${Math.round((Date.now() - started) / 1000)} s for the site to finish abandoned requests)`);
}
