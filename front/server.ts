// The front server: the only process readers talk to. It answers anonymous page views from
// an in-memory cache of rendered HTML, passes everything else to Next, and adds the security
// headers to every response. Every write clears the cache: a POST passing through clears it
// at once, and PostgreSQL triggers NOTIFY on any change to content, however it was made.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { randomBytes, randomUUID } from "node:crypto";
import postgres from "postgres";
import { errorPage } from "./error-page";
import { HtmlCache, type CachedPage } from "./html-cache";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

export type FrontOptions = {
  port: number;
  host?: string;
  upstreamPort: number;
  databaseUrl: string;
  maxBodyBytes?: number;
  trustProxy?: boolean;
  log?: (event: Record<string, unknown>) => void;
};

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
// /media/: uploaded images are immutable files with their own year-long Cache-Control; they
// pass through rather than fill the HTML cache with binaries.
const PRIVATE_PATHS = /^\/(?:dashboard|account|api|signin|signup|signout|_next|media)(?:\/|$|\?)/;
// The editor's image uploads (up to 10 MB, app/dashboard/media/route.ts): the only bodies
// allowed past the 2 MB limit, with room for the multipart envelope.
const UPLOAD_PATH = /^\/dashboard\/media(?:\?|$)/;
const UPLOAD_MAX_BYTES = 10 * 1024 * 1024 + 256 * 1024;
// The editor's live preview posts what the author types (it changes nothing): it must not
// empty the page cache on every keystroke.
const NON_WRITING_POSTS = /^\/dashboard\/preview(?:\?|$)/;
const CACHEABLE_TYPES = /^(?:text\/html|application\/(?:rss\+xml|atom\+xml|xml|ld\+json)|text\/xml|text\/plain)/;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te", "trailer"]);

function isCacheable(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (PRIVATE_PATHS.test(url) || url.includes("_rsc=")) return false;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return false;
  return !SESSION_COOKIE.test(req.headers.cookie ?? "");
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
  const cache = new HtmlCache();
  const log = options.log ?? (() => {});
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
  const invalidate = () => {
    cache.clear();
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

  function fetchForCache(req: IncomingMessage, requestId: string) {
    const nonce = randomBytes(16).toString("base64");
    const generation = cache.generation;
    return new Promise<CachedPage | { uncached: true; status: number; headers: http.IncomingHttpHeaders; body: Buffer; nonce: string }>((resolve, reject) => {
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
              const page = cache.set(req.url ?? "/", generation, status, headers, body);
              if (page) return resolve(page);
            }
            resolve({ uncached: true, status, headers: upRes.headers, body, nonce });
          });
        },
      );
      up.on("error", reject);
      up.end();
    });
  }

  function serveCached(req: IncomingMessage, res: ServerResponse, page: CachedPage, requestId: string) {
    const nonceFromPage = /'nonce-([^']+)'/.exec(page.headers["content-security-policy"])?.[1] ?? "";
    const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, nonceFromPage), ...page.headers, etag: page.etag, "cache-control": "public, max-age=0, must-revalidate", vary: "Accept-Encoding, Cookie" };
    if (req.headers["if-none-match"] === page.etag) {
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

  async function handleCacheable(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const key = req.url ?? "/";
    const hit = cache.get(key);
    if (hit) return serveCached(req, res, hit, requestId);
    let pending = inflight.get(key);
    if (!pending) {
      pending = fetchForCache(req, requestId).finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    const result = await pending;
    if (!("uncached" in result)) return serveCached(req, res, result, requestId);
    const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, result.nonce) };
    for (const [name, value] of Object.entries(result.headers)) if (!HOP_BY_HOP.has(name) && name !== "content-length") headers[name] = value;
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
    const nonce = randomBytes(16).toString("base64");
    const writes = req.method !== "GET" && req.method !== "HEAD" && !NON_WRITING_POSTS.test(req.url ?? "");
    const signedIn = SESSION_COOKIE.test(req.headers.cookie ?? "");
    const up = http.request(
      { host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers: upstreamHeaders(req, requestId, nonce, false), agent },
      (upRes) => {
        if (writes) cache.clear();
        const headers: http.OutgoingHttpHeaders = { ...baseHeaders(req, requestId, nonce) };
        for (const [name, value] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
        // Pages for a signed-in user carry personal data: never stored by a browser or proxy.
        if (signedIn && !/^\/(?:_next\/static|media)\//.test(String(req.url))) headers["cache-control"] = "private, no-store";
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
  }

  const server = http.createServer((req, res) => {
    const requestId = randomUUID();
    const started = Date.now();
    res.on("finish", () => {
      if (res.statusCode >= 500) log({ level: "error", msg: "request failed", requestId, method: req.method, path: req.url?.split("?")[0], status: res.statusCode, ms: Date.now() - started });
    });
    if (isCacheable(req)) {
      handleCacheable(req, res, requestId).catch((error: unknown) => {
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
