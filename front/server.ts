// The front server: the only process readers talk to. It answers anonymous page views from
// an in-memory cache of rendered HTML, passes everything else to Next, and adds the security
// headers to every response. Every write clears the cache: a POST passing through clears it
// at once, and PostgreSQL triggers NOTIFY on any change to content, however it was made.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { Gate } from "../lib/gate";
import { errorPage } from "./error-page";
import { HtmlCache, type CachedPage } from "./html-cache";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";
import { withoutScripts } from "./without-scripts";

export type FrontOptions = {
  port: number;
  host?: string;
  upstreamPort: number;
  databaseUrl: string;
  maxBodyBytes?: number;
  trustProxy?: boolean;
  /** Page renders passed to Next at once (default 8); more requests wait their turn. */
  upstreamConcurrency?: number;
  /** A read Next has not answered in this time (default 30 s) is given up with a 503. */
  upstreamTimeoutMs?: number;
  log?: (event: Record<string, unknown>) => void;
};

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const SESSION_COOKIES = /(?:^|;\s*)((?:__Secure-)?authjs\.session-token(?:\.\d+)?)=([^;]*)/g;
// Never answered from a cache: the API and Auth.js, sign-in forms with their CSRF tokens,
// Next's assets, and uploaded images (immutable files with their own year-long Cache-Control).
const UNCACHED_PATHS = /^\/(?:api|signin|signup|signout|_next|media)(?:\/|$|\?)/;
// Pages only a signed-in user sees: cached per session, never in the shared cache.
const PRIVATE_PATHS = /^\/(?:dashboard|account)(?:\/|$|\?)/;
// The editor's image uploads (up to 10 MB, app/dashboard/media/route.ts): the only bodies
// allowed past the 2 MB limit, with room for the multipart envelope.
const UPLOAD_PATH = /^\/dashboard\/media(?:\?|$)/;
const UPLOAD_MAX_BYTES = 10 * 1024 * 1024 + 256 * 1024;
// The editor's live preview posts what the author types (it changes nothing): it must not
// empty the page cache on every keystroke.
const NON_WRITING_POSTS = /^\/dashboard\/preview(?:\?|$)/;
// Files Next serves from disk: cheap, so they never wait behind page renders.
const STATIC_FILES = /^\/(?:_next\/static|media)\//;
const CACHEABLE_TYPES = /^(?:text\/html|application\/(?:rss\+xml|atom\+xml|xml|ld\+json)|text\/xml|text\/plain)/;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);
// A personal page shows controls that depend on the clock (a comment's 10-minute edit
// window), so a cached one is served for a minute at most, on top of every write clearing it.
const PRIVATE_MAX_AGE_MS = 60_000;

/** The request's session cookie(s) as one string; "" for an anonymous reader. */
function sessionOf(req: IncomingMessage): string {
  let session = "";
  for (const [, name, value] of (req.headers.cookie ?? "").matchAll(SESSION_COOKIES)) session += `${name}=${value};`;
  return session;
}

type CacheSlot = { cache: "shared" | "private"; key: string };

/**
 * Where a request's page may be cached: anonymous page views share one entry per URL; a
 * signed-in user's page views get entries of their own, keyed by a hash of their session
 * cookie, which only the same cookie can ever reach. Null for anything never cached.
 */
function cacheSlotOf(req: IncomingMessage): CacheSlot | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  if (UNCACHED_PATHS.test(url) || url.includes("_rsc=")) return null;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return null;
  const session = sessionOf(req);
  if (!session) return PRIVATE_PATHS.test(url) ? null : { cache: "shared", key: url };
  return { cache: "private", key: `${createHash("sha256").update(session).digest("base64url")} ${url}` };
}

const FORM_TYPES = /^(?:application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

/**
 * Cross-site request forgery: a state-changing request must come from this site. Browsers
 * send Origin with every POST; a form-encoded request or a server action without one is
 * refused too (nothing legitimate sends those). JSON requests without Origin come from
 * non-browser clients, which hold no victim's cookies. Auth.js checks its own CSRF token.
 */
function isCrossSite(req: IncomingMessage): boolean {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  if ((req.url ?? "").startsWith("/api/auth/")) return false;
  const origin = req.headers.origin;
  if (origin) {
    try {
      return new URL(origin).host !== (req.headers["x-forwarded-host"] ?? req.headers.host);
    } catch {
      return true;
    }
  }
  return Boolean(req.headers["next-action"]) || FORM_TYPES.test(String(req.headers["content-type"] ?? ""));
}

/**
 * Next answers permanentRedirect() with 308. For a GET, 301 means the same and is what crawlers
 * and older clients know best; for other methods 308 keeps its meaning (repeat the method).
 */
function publicStatus(method: string | undefined, status: number): number {
  return status === 308 && (method === "GET" || method === "HEAD") ? 301 : status;
}

export async function startFrontServer(options: FrontOptions) {
  const cache = new HtmlCache(96 * 1024 * 1024);
  const privateCache = new HtmlCache(32 * 1024 * 1024, 2_000, PRIVATE_MAX_AGE_MS);
  const caches = { shared: cache, private: privateCache };
  const log = options.log ?? (() => {});
  // Page renders Next works on at once. More in parallel only makes each slower and Next's
  // memory larger (50 at once took it past 900 MB); the rest wait here, cheaply.
  const renders = new Gate(options.upstreamConcurrency ?? 8, 15_000, () => new Error("no render slot became free"));
  // A render that never ends would hold its slot for good.
  const renderTimeoutMs = options.upstreamTimeoutMs ?? 30_000;
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const inflight = new Map<string, Promise<CachedPage | { uncached: true; status: number; headers: http.IncomingHttpHeaders; body: Buffer; nonce: string }>>();

  // After the database restarts, postgres.js re-subscribes by itself and calls `invalidate`
  // again (the onlisten callback); a capped backoff makes it try at least once a second.
  const listener = postgres(options.databaseUrl, { max: 1, onnotice: () => {}, idle_timeout: 0, connect_timeout: 5, backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1) });
  const readExpiry = async () => {
    try {
      const [row] = await listener<{ next: Date | null }[]>`
        select min(published_at) as next from articles where status = 'scheduled' and published_at > now()`;
      if (row?.next) cache.expiresAt = Math.min(cache.expiresAt, row.next.getTime());
    } catch {
      // Database down: keep serving what we have; the next change notification refreshes this.
    }
  };
  // Every comment invalidates twice (its POST and its NOTIFY): under a stream of writes that
  // was two queries per write. One read at a time is enough, as long as a change during a
  // read is followed by another read that starts after it.
  let reading: Promise<void> | null = null;
  let readAgain = false;
  const refreshExpiry = () => {
    if (reading) {
      readAgain = true;
      return;
    }
    reading = readExpiry().finally(() => {
      reading = null;
      if (readAgain) {
        readAgain = false;
        refreshExpiry();
      }
    });
  };
  const clearCaches = () => {
    cache.clear();
    privateCache.clear();
  };
  const invalidate = () => {
    clearCaches();
    refreshExpiry();
  };
  await listener.listen("blattwerk_content", invalidate, invalidate);

  function baseHeaders(req: IncomingMessage, requestId: string, nonce: string): http.OutgoingHttpHeaders {
    const https = options.trustProxy === true && req.headers["x-forwarded-proto"] === "https";
    return { ...securityHeaders({ https }), "content-security-policy": contentSecurityPolicy(nonce), "x-request-id": requestId };
  }

  function sendError(req: IncomingMessage, res: ServerResponse, status: number, requestId: string) {
    if (res.headersSent) return res.destroy();
    const body = errorPage(status, requestId);
    res.writeHead(status, { ...baseHeaders(req, requestId, randomBytes(16).toString("base64")), "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(body), ...(status === 503 ? { "retry-after": "5" } : {}), connection: "close" });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  // Many pages fail at once while the database is down: one health probe answers them all.
  let probe: { at: number; down: Promise<boolean> } | null = null;
  function databaseUnavailable(): Promise<boolean> {
    if (probe && Date.now() - probe.at < 1000) return probe.down;
    const down = fetch(`http://127.0.0.1:${options.upstreamPort}/api/health`, { signal: AbortSignal.timeout(3000) })
      .then(async (res) => {
        await res.arrayBuffer();
        return res.status !== 200;
      })
      .catch(() => true);
    probe = { at: Date.now(), down };
    return down;
  }

  /**
   * Next answers a page that failed to render with 500 and an empty shell that only JavaScript
   * fills in (error boundaries do not render on the server). When the database is down or every
   * connection is taken, readers get our own page instead, with 503: "try again soon", which
   * crawlers and load balancers understand.
   */
  async function sendResponse(req: IncomingMessage, res: ServerResponse, requestId: string, status: number, headers: http.OutgoingHttpHeaders, body: Buffer) {
    if (status === 500 && (await databaseUnavailable())) return sendError(req, res, 503, requestId);
    // A page that failed for another reason: a plain page with the request id, which the log's
    // error line carries too, instead of Next's shell that stays empty without JavaScript.
    if (status === 500 && req.method === "GET" && !req.headers.rsc && /text\/html/.test(String(req.headers.accept ?? ""))) return sendError(req, res, 500, requestId);
    res.writeHead(publicStatus(req.method, status), headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function upstreamHeaders(req: IncomingMessage, requestId: string, nonce: string, identity: boolean) {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
    // Next picks the nonce for its inline scripts from the request's CSP header.
    headers["content-security-policy"] = contentSecurityPolicy(nonce);
    headers["x-request-id"] = requestId;
    if (!options.trustProxy) {
      headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
      delete headers["x-real-ip"];
    }
    if (identity) delete headers["accept-encoding"];
    return headers;
  }

  function fetchForCache(req: IncomingMessage, requestId: string, slot: CacheSlot) {
    const nonce = randomBytes(16).toString("base64");
    const target = caches[slot.cache];
    const generation = target.generation;
    return renders.run(() => new Promise<CachedPage | { uncached: true; status: number; headers: http.IncomingHttpHeaders; body: Buffer; nonce: string }>((resolve, reject) => {
      const up = http.request(
        { host: "127.0.0.1", port: options.upstreamPort, method: "GET", path: req.url, headers: upstreamHeaders(req, requestId, nonce, true), agent },
        (upRes) => {
          const chunks: Buffer[] = [];
          upRes.on("data", (c: Buffer) => chunks.push(c));
          upRes.on("error", reject);
          upRes.on("end", () => {
            const body = Buffer.concat(chunks);
            const type = String(upRes.headers["content-type"] ?? "");
            const status = upRes.statusCode ?? 502;
            if (status === 200 && CACHEABLE_TYPES.test(type) && !upRes.headers["set-cookie"]) {
              const headers: Record<string, string> = { "content-type": type, "content-security-policy": contentSecurityPolicy(nonce) };
              if (upRes.headers["content-language"]) headers["content-language"] = String(upRes.headers["content-language"]);
              const anonymousPage = slot.cache === "shared" && type.startsWith("text/html");
              const page = target.set(slot.key, generation, status, headers, anonymousPage ? Buffer.from(withoutScripts(body.toString("utf8"))) : body);
              if (page) return resolve(page);
            }
            resolve({ uncached: true, status, headers: upRes.headers, body, nonce });
          });
        },
      );
      up.setTimeout(renderTimeoutMs, () => up.destroy(new Error(`Next did not answer within ${renderTimeoutMs} ms`)));
      up.on("error", reject);
      up.end();
    }));
  }

  function serveCached(req: IncomingMessage, res: ServerResponse, page: CachedPage, requestId: string, slot: CacheSlot) {
    const nonceFromPage = /'nonce-([^']+)'/.exec(page.headers["content-security-policy"])?.[1] ?? "";
    const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, nonceFromPage), ...page.headers, vary: "Accept-Encoding, Cookie" };
    // Pages for a signed-in user carry personal data: never stored by a browser or proxy.
    if (slot.cache === "private") headers["cache-control"] = "private, no-store";
    else Object.assign(headers, { etag: page.etag, "cache-control": "public, max-age=0, must-revalidate" });
    if (slot.cache === "shared" && req.headers["if-none-match"] === page.etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    const accept = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
    const body = encoding ? cache.encoded(page, encoding) : page.body;
    if (encoding) headers["content-encoding"] = encoding;
    headers["content-length"] = body.length;
    res.writeHead(page.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function handleCacheable(req: IncomingMessage, res: ServerResponse, requestId: string, slot: CacheSlot) {
    const hit = caches[slot.cache].get(slot.key);
    if (hit) return serveCached(req, res, hit, requestId, slot);
    // Many requests for a page nobody has cached yet: one render answers them all.
    const flight = `${slot.cache} ${slot.key}`;
    let pending = inflight.get(flight);
    if (!pending) {
      pending = fetchForCache(req, requestId, slot).finally(() => inflight.delete(flight));
      inflight.set(flight, pending);
    }
    const result = await pending;
    if (!("uncached" in result)) return serveCached(req, res, result, requestId, slot);
    const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, result.nonce) };
    for (const [name, value] of Object.entries(result.headers)) if (!HOP_BY_HOP.has(name) && name !== "content-length") headers[name] = value;
    if (slot.cache === "private") headers["cache-control"] = "private, no-store";
    headers["content-length"] = result.body.length;
    await sendResponse(req, res, requestId, result.status, headers, result.body);
  }

  function handlePassThrough(req: IncomingMessage, res: ServerResponse, requestId: string) {
    if (isCrossSite(req)) {
      req.resume();
      log({ level: "warn", msg: "cross-site request refused", requestId, method: req.method, path: req.url?.split("?")[0] });
      return sendError(req, res, 403, requestId);
    }
    const limit = req.method === "POST" && UPLOAD_PATH.test(req.url ?? "") ? Math.max(maxBody, UPLOAD_MAX_BYTES) : maxBody;
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limit) {
      req.resume();
      return sendError(req, res, 413, requestId);
    }
    const reads = req.method === "GET" || req.method === "HEAD";
    if (!reads || STATIC_FILES.test(req.url ?? "")) {
      forward(req, res, requestId, limit);
      return;
    }
    // A read that is not cached (an RSC navigation, an API read) is a render like any other.
    renders
      .run(
        () =>
          new Promise<void>((done) => {
            const up = forward(req, res, requestId, limit);
            up.setTimeout(renderTimeoutMs, () => up.destroy(new Error(`Next did not answer within ${renderTimeoutMs} ms`)));
            res.once("close", done);
          }),
      )
      .catch(() => sendError(req, res, 503, requestId));
  }

  function forward(req: IncomingMessage, res: ServerResponse, requestId: string, limit: number) {
    const nonce = randomBytes(16).toString("base64");
    const writes = req.method !== "GET" && req.method !== "HEAD" && !NON_WRITING_POSTS.test(req.url ?? "");
    const signedIn = SESSION_COOKIE.test(req.headers.cookie ?? "");
    const up = http.request(
      { host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers: upstreamHeaders(req, requestId, nonce, false), agent },
      (upRes) => {
        if (writes) clearCaches();
        const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, nonce) };
        for (const [name, value] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
        // Pages for a signed-in user carry personal data: never stored by a browser or proxy.
        if (signedIn && !STATIC_FILES.test(req.url ?? "")) headers["cache-control"] = "private, no-store";
        upRes.on("end", () => {
          if (writes) invalidate();
        });
        if (upRes.statusCode !== 500) {
          res.writeHead(publicStatus(req.method, upRes.statusCode ?? 502), headers);
          return void upRes.pipe(res);
        }
        const chunks: Buffer[] = [];
        upRes.on("data", (c: Buffer) => chunks.push(c));
        upRes.on("end", () => void sendResponse(req, res, requestId, 500, headers, Buffer.concat(chunks)));
      },
    );
    // A client that goes away mid-request (a closed tab, a load generator stopping) must not
    // leave its upstream request open: the unread response would hold one of the agent's
    // sockets forever, and once all of them are held every later request waits.
    res.on("close", () => {
      if (!res.writableFinished) up.destroy();
    });
    up.on("error", (error) => {
      if (res.destroyed) return;
      log({ level: "error", msg: "upstream request failed", requestId, error: String(error) });
      sendError(req, res, 503, requestId);
    });
    let received = 0;
    req.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        req.unpipe(up);
        up.destroy();
        sendError(req, res, 413, requestId);
      }
    });
    req.pipe(up);
    return up;
  }

  const server = http.createServer((req, res) => {
    const requestId = randomUUID();
    const started = Date.now();
    res.on("finish", () => {
      if (res.statusCode >= 500) log({ level: "error", msg: "request failed", requestId, method: req.method, path: req.url?.split("?")[0], status: res.statusCode, ms: Date.now() - started });
    });
    const slot = cacheSlotOf(req);
    if (slot) {
      handleCacheable(req, res, requestId, slot).catch((error: unknown) => {
        log({ level: "error", msg: "upstream request failed", requestId, error: String(error) });
        sendError(req, res, 503, requestId);
      });
    } else {
      handlePassThrough(req, res, requestId);
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));

  return {
    server,
    cache,
    privateCache,
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
