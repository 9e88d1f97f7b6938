// The purge forwarder: hears the keys every write publishes on PURGE_CHANNEL (PostgreSQL
// NOTIFY) and sends them to the caches in front of the instances (Varnish with xkey, Fastly, or
// any other through a webhook). It runs in every instance's launcher; one of them, the holder of
// an advisory lock, sends, so each purge goes out once however many instances run. The others
// listen too and keep the last 30 s of keys: the one that takes over from a stopped sender
// sends them again (purges are idempotent), so a hand-over loses nothing.
import postgres from "postgres";
import { PURGE_CHANNEL } from "../lib/cache-keys";
import type { PurgeTargets } from "../lib/site";

export type PurgeForwarderOptions = {
  databaseUrl: string;
  targets: PurgeTargets;
  /** Keys heard within this time go out in one request (default 25 ms). */
  batchMs?: number;
  /** Each batch is sent again after this time (default 2 s): a cache may have refilled a page from
   * an instance's own cache that had not yet heard of the purge. 0 turns it off. */
  repeatAfterMs?: number;
  log?: (event: Record<string, unknown>) => void;
};

// Shared by every instance of the app (the migrations use 727_274_001).
const SENDER_LOCK = 727_274_002;
const REPLAY_MS = 30_000;
// Varnish refuses request headers over 8 KB by default; Fastly takes 256 keys a request.
const HEADER_BYTES = 6_000;
const FASTLY_KEYS = 256;

export type PurgeStats = { heard: number; batches: number; requests: number; failures: number; leader: boolean };

function chunks(keys: string[], maxBytes: number, maxKeys = Infinity): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    if (current.length && (bytes + key.length + 1 > maxBytes || current.length >= maxKeys)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(key);
    bytes += key.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

/** The HTTP requests that purge `keys` at every configured target. */
export function purgeRequests(targets: PurgeTargets, keys: string[]): { url: string; init: RequestInit }[] {
  const all = keys.includes("all");
  const requests: { url: string; init: RequestInit }[] = [];
  for (const url of targets.varnish)
    for (const part of all ? [["all"]] : chunks(keys, HEADER_BYTES))
      requests.push({ url, init: { method: "PURGE", headers: { "xkey-purge": part.join(" ") } } });
  if (targets.fastly) {
    const base = `https://api.fastly.com/service/${encodeURIComponent(targets.fastly.serviceId)}`;
    const auth = { "fastly-key": targets.fastly.token, accept: "application/json" };
    if (all) requests.push({ url: `${base}/purge_all`, init: { method: "POST", headers: auth } });
    else
      for (const part of chunks(keys, HEADER_BYTES, FASTLY_KEYS))
        requests.push({
          url: `${base}/purge`,
          init: { method: "POST", headers: { ...auth, "surrogate-key": part.join(" ") } },
        });
  }
  if (targets.webhook)
    requests.push({
      url: targets.webhook,
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ keys }) },
    });
  return requests;
}

export async function startPurgeForwarder(options: PurgeForwarderOptions) {
  const log = options.log ?? (() => {});
  const batchMs = options.batchMs ?? 25;
  const repeatAfterMs = options.repeatAfterMs ?? 2_000;
  const stats: PurgeStats = { heard: 0, batches: 0, requests: 0, failures: 0, leader: false };
  const recent: { at: number; keys: string[] }[] = [];
  let pending = new Set<string>();
  let flushTimer: NodeJS.Timeout | null = null;
  let listeningSince = Date.now();
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => (timers.delete(timer), fn()), ms);
    timers.add(timer);
  };

  async function send(keys: string[], attempt = 1): Promise<void> {
    const failed: string[] = [];
    await Promise.all(
      purgeRequests(options.targets, keys).map(async ({ url, init }) => {
        stats.requests++;
        try {
          const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
        } catch (error) {
          stats.failures++;
          failed.push(`${url}: ${String(error)}`);
        }
      }),
    );
    if (!failed.length) return;
    log({ level: attempt < 3 ? "warn" : "error", msg: "purge failed", attempt, failed, keys: keys.length });
    // Every target gets the batch again: a purge that reached some of them twice does no harm.
    if (attempt < 3 && !stopped) later(500 * attempt, () => void send(keys, attempt + 1));
  }

  function flush() {
    flushTimer = null;
    const keys = [...pending];
    pending = new Set();
    if (!keys.length || !stats.leader) return;
    stats.batches++;
    void send(keys);
    if (repeatAfterMs > 0)
      later(repeatAfterMs, () => {
        if (stats.leader) void send(keys);
      });
  }

  function queue(keys: string[]) {
    for (const key of keys) pending.add(key);
    flushTimer ??= setTimeout(flush, batchMs);
  }

  const listener = postgres(options.databaseUrl, {
    max: 1,
    onnotice: () => {},
    idle_timeout: 0,
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  });
  let listens = 0;
  await listener.listen(
    PURGE_CHANNEL,
    (payload) => {
      const keys = payload.split(" ").filter(Boolean);
      stats.heard++;
      const now = Date.now();
      recent.push({ at: now, keys });
      while (recent.length && recent[0].at < now - REPLAY_MS) recent.shift();
      if (stats.leader) queue(keys);
    },
    () => {
      // Listening again after a lost connection: what was published meanwhile is unknown.
      if (listens++ === 0) return;
      listeningSince = Date.now();
      recent.length = 0;
      if (stats.leader) queue(["all"]);
    },
  );

  // The lock lives as long as this session: a sender that stops or loses its connection frees it.
  const lock = postgres(options.databaseUrl, { max: 1, onnotice: () => {}, idle_timeout: 0, connect_timeout: 5 });
  async function elect() {
    try {
      if (stats.leader) {
        const [{ held }] = await lock<{ held: boolean }[]>`
          select exists(select 1 from pg_locks where locktype = 'advisory' and objid = ${SENDER_LOCK}
            and pid = pg_backend_pid() and granted) as held`;
        if (!held) {
          stats.leader = false;
          log({ level: "warn", msg: "purge sender lock lost" });
        }
        return;
      }
      const [{ ok }] = await lock<{ ok: boolean }[]>`select pg_try_advisory_lock(${SENDER_LOCK}) as ok`;
      if (!ok) return;
      stats.leader = true;
      // Taking over: send again what the previous sender may not have sent. Listening for too
      // short a time to know (the first instance of a cluster), purge everything.
      if (Date.now() - listeningSince < REPLAY_MS) queue(["all"]);
      else for (const { keys } of recent) queue(keys);
      log({ level: "info", msg: "purge sender: this instance forwards purges" });
    } catch (error) {
      if (stats.leader) log({ level: "warn", msg: "purge sender lock check failed", error: String(error) });
      stats.leader = false;
    }
  }
  await elect();
  const electTimer = setInterval(() => void elect(), 1_000);

  return {
    stats,
    close: async () => {
      stopped = true;
      clearInterval(electTimer);
      if (flushTimer) clearTimeout(flushTimer);
      for (const timer of timers) clearTimeout(timer);
      await listener.end({ timeout: 1 });
      await lock.end({ timeout: 1 });
    },
  };
}
