// The front server: a small shared HTTP cache in front of the origin server (origin/server.ts),
// doing what Varnish with xkey or a CDN would do in its place. It keeps anonymous GET responses
// for as long as their Cache-Control allows (s-maxage, stale-while-revalidate), drops them by
// the keys of their Surrogate-Key header when PostgreSQL announces a purge (NOTIFY on
// PURGE_CHANNEL, sent by whatever changed the data), coalesces concurrent misses, answers
// revalidations with 304 and compresses once per entry. Everything else passes through.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { PURGE_CHANNEL } from "../lib/cache-keys";
import { Gate } from "../lib/gate";
import { answerClientError } from "../origin/client-error";
import { errorPage } from "../origin/error-page";
import { SESSION_COOKIE } from "../origin/response";
import { freshnessOf, ResponseCache, type CachedResponse } from "./response-cache";

export type FrontOptions = {
  port: number;
  host?: string;
  upstreamPort: number;
  databaseUrl: string;
  /** Requests passed to the origin at once (default 8), like Varnish's backend max_connections. */
  upstreamConcurrency?: number;
  /** A read the origin has not answered in this time (default 30 s) is given up with a 503. */
  upstreamTimeoutMs?: number;
  log?: (event: Record<string, unknown>) => void;
};

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "upgrade",
  "proxy-connection",
  "te",
  "trailer",
]);
// Request headers that make a response personal or conditional: never sent on a cache fill.
const NOT_FOR_FILLS = new Set(["cookie", "authorization", "if-none-match", "if-modified-since", "accept-encoding"]);
// Cheap files served from disk never wait behind page renders.
const STATIC_FILES = /^\/(?:_next\/static|media)\//;
// Response headers the cache keeps with an entry (the rest are per response or hop-by-hop).
const KEPT_HEADERS =
  /^(?:content-type|content-language|content-security-policy|cache-control|surrogate-key|etag|last-modified|link|x-content-type-options|referrer-policy|x-frame-options|permissions-policy|cross-origin-opener-policy|strict-transport-security)$/;

type Fetched = { entry: CachedResponse } | { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** Only anonymous reads may be answered from the shared cache (Varnish's builtin rule, narrowed to our session cookie). */
function isCacheable(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.authorization || SESSION_COOKIE.test(req.headers.cookie ?? "")) return false;
  return !(req.headers.rsc || req.headers["next-router-state-tree"] || (req.url ?? "").includes("_rsc="));
}

export async function startFrontServer(options: FrontOptions) {
  const cache = new ResponseCache();
  const log = options.log ?? (() => {});
  // Renders the origin works on at once; more in parallel only make each slower.
  const renders = new Gate(options.upstreamConcurrency ?? 8, 15_000, () => new Error("no render slot became free"));
  const timeoutMs = options.upstreamTimeoutMs ?? 30_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const inflight = new Map<string, Promise<Fetched>>();
  const stats = { hits: 0, misses: 0, purges: 0, purged: 0 };

  // A purge may be missed while the listener reconnects (database restart): postgres.js calls
  // onlisten again then, and the whole cache goes.
  const listener = postgres(options.databaseUrl, {
    max: 1,
    onnotice: () => {},
    idle_timeout: 0,
    connect_timeout: 5,
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
  });
  await listener.listen(
    PURGE_CHANNEL,
    (payload) => {
      stats.purges++;
      stats.purged += cache.purge(payload.split(" ").filter(Boolean));
    },
    () => cache.clear(),
  );

  function sendError(req: IncomingMessage, res: ServerResponse, status: number) {
    if (res.headersSent) return void res.destroy();
    const body = errorPage(status, randomUUID());
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-length": Buffer.byteLength(body),
      ...(status === 503 ? { "retry-after": "5" } : {}),
      connection: "close",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function forwardedHeaders(req: IncomingMessage, fill: boolean): http.OutgoingHttpHeaders {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers))
      if (!HOP_BY_HOP.has(name) && !(fill && NOT_FOR_FILLS.has(name))) headers[name] = value;
    headers["x-forwarded-for"] = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    return headers;
  }

  function fill(req: IncomingMessage, key: string): Promise<Fetched> {
    const url = req.url ?? "/";
    const startedAt = cache.begin();
    return renders.run(
      () =>
        new Promise<Fetched>((resolve, reject) => {
          const up = http.request(
            {
              host: "127.0.0.1",
              port: options.upstreamPort,
              method: "GET",
              path: url,
              headers: forwardedHeaders(req, true),
              agent,
            },
            (upRes) => {
              const chunks: Buffer[] = [];
              upRes.on("data", (c: Buffer) => chunks.push(c));
              upRes.on("error", reject);
              upRes.on("end", () => {
                const body = Buffer.concat(chunks);
                const status = upRes.statusCode ?? 502;
                const freshness = freshnessOf(upRes.headers["cache-control"]);
                if (freshness && status === 200 && !upRes.headers["set-cookie"] && !upRes.headers["content-encoding"]) {
                  const headers: Record<string, string> = {};
                  for (const [name, value] of Object.entries(upRes.headers))
                    if (KEPT_HEADERS.test(name) && value !== undefined) headers[name] = String(value);
                  const keys = (upRes.headers["surrogate-key"] ?? "").toString().split(/\s+/).filter(Boolean);
                  const entry = cache.set(key, startedAt, status, headers, body, keys, freshness);
                  if (entry) return resolve({ entry });
                }
                resolve({ status, headers: upRes.headers, body });
              });
            },
          );
          up.setTimeout(timeoutMs, () => up.destroy(new Error(`the origin did not answer within ${timeoutMs} ms`)));
          up.on("error", reject);
          up.end();
        }),
    );
  }

  /** One fetch per key at a time: concurrent misses (and background revalidations) share it. */
  function coalesced(req: IncomingMessage, key: string): Promise<Fetched> {
    let pending = inflight.get(key);
    if (!pending) {
      pending = fill(req, key).finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    return pending;
  }

  function serveEntry(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    state: "HIT" | "MISS" | "STALE",
  ) {
    const headers: http.OutgoingHttpHeaders = {
      ...entry.headers,
      etag: entry.etag,
      vary: "Accept-Encoding",
      age: String(Math.floor((Date.now() - entry.storedAt) / 1000)),
      "x-cache": state,
    };
    if (req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, headers);
      return void res.end();
    }
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    const body = encoding ? cache.encoded(entry, encoding) : entry.body;
    if (encoding) headers["content-encoding"] = encoding;
    headers["content-length"] = body.length;
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function handleCacheable(req: IncomingMessage, res: ServerResponse) {
    const url = req.url ?? "/";
    // The scheme a proxy in front saw is part of the key, as in common Varnish setups: the
    // origin answers HTTPS requests with HSTS.
    const key = `${req.headers["x-forwarded-proto"] === "https" ? "https" : "http"} ${url}`;
    const cached = cache.get(key);
    if (cached && Date.now() < cached.freshUntil) {
      stats.hits++;
      return serveEntry(req, res, cached, "HIT");
    }
    if (cached) {
      // Within stale-while-revalidate: answer now, refresh in the background.
      stats.hits++;
      coalesced(req, key).catch((error: unknown) =>
        log({ level: "warn", msg: "revalidation failed", url, error: String(error) }),
      );
      return serveEntry(req, res, cached, "STALE");
    }
    stats.misses++;
    const result = await coalesced(req, key);
    if ("entry" in result) return serveEntry(req, res, result.entry, "MISS");
    const headers: http.OutgoingHttpHeaders = { "x-cache": "MISS" };
    for (const [name, value] of Object.entries(result.headers))
      if (!HOP_BY_HOP.has(name) && name !== "content-length") headers[name] = value;
    headers["content-length"] = result.body.length;
    res.writeHead(result.status, headers);
    res.end(req.method === "HEAD" ? undefined : result.body);
  }

  function passThrough(req: IncomingMessage, res: ServerResponse) {
    const reads = req.method === "GET" || req.method === "HEAD";
    if (reads && !STATIC_FILES.test(req.url ?? "")) {
      // A read that is not cached (a signed-in page, an API read) is a render like any other.
      // Its slot is free again when the response closes, also when the client left while it
      // waited for the slot (then it is never sent upstream at all).
      const closed = new Promise<void>((resolve) => res.once("close", resolve));
      renders
        .run(() => {
          if (res.destroyed || req.destroyed) return Promise.resolve();
          forward(req, res);
          return closed;
        })
        .catch(() => sendError(req, res, 503));
      return;
    }
    forward(req, res);
  }

  function forward(req: IncomingMessage, res: ServerResponse) {
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    // A request with a body gets a connection of its own: when the origin answers before
    // reading all of it (a refusal), the rest of the body would otherwise poison the next
    // request sent on a pooled connection.
    const up = http.request(
      {
        host: "127.0.0.1",
        port: options.upstreamPort,
        method: req.method,
        path: req.url,
        headers: { ...forwardedHeaders(req, false), ...(hasBody ? { connection: "close" } : {}) },
        agent: hasBody ? false : agent,
      },
      (upRes) => {
        const headers: http.OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
        res.writeHead(upRes.statusCode ?? 502, headers);
        upRes.pipe(res);
      },
    );
    if (!hasBody)
      up.setTimeout(timeoutMs, () => up.destroy(new Error(`the origin did not answer within ${timeoutMs} ms`)));
    // A client that goes away mid-request must not leave its upstream request open: the unread
    // response would hold one of the agent's sockets for good.
    res.on("close", () => {
      if (!res.writableFinished) up.destroy();
    });
    up.on("error", (error) => {
      if (res.destroyed) return;
      log({
        level: "error",
        msg: "upstream request failed",
        method: req.method,
        path: req.url?.split("?")[0],
        error: String(error),
      });
      sendError(req, res, 503);
    });
    req.pipe(up);
  }

  const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    if (isCacheable(req) && !STATIC_FILES.test(req.url ?? "")) {
      handleCacheable(req, res).catch((error: unknown) => {
        log({ level: "error", msg: "upstream request failed", path: req.url?.split("?")[0], error: String(error) });
        sendError(req, res, 503);
      });
    } else {
      passThrough(req, res);
    }
  });
  server.on("clientError", answerClientError);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));

  return {
    server,
    cache,
    stats,
    close: async () => {
      // close() alone waits for every open connection to end, which a busy client never does.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      agent.destroy();
      await listener.end({ timeout: 1 });
    },
  };
}
