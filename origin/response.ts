// Turns what Next answers into what the site sends: security headers and the page's CSP nonce
// on every response; for anonymous page views the page's cache keys (Surrogate-Key) and a
// Cache-Control a shared cache can follow, and HTML without Next's scripts; for signed-in
// users `private, no-store`; and our own error page for a page that failed.
import fs from "node:fs";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import path from "node:path";
import { sharedCacheControl, type ResponseContext } from "../lib/response-policy";
import { errorPage } from "./error-page";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";
import { withoutScripts } from "./without-scripts";

export const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
// Files with Cache-Control of their own (immutable build assets, content-hashed uploads).
const STATIC_FILES = /^\/(?:_next\/static|media)\//;
// public/ as Next serves it (favicon, default sharing image): the same for everyone, but with
// stable names, so a day rather than forever; Next itself sends them with max-age=0.
const PUBLIC_FILE_CACHE = "public, max-age=86400, stale-while-revalidate=604800";
const publicFiles = listPublicFiles(path.resolve("public"));

/** "/favicon.ico", "/og-default.png", … : read once at start, as Next does. */
export function listPublicFiles(dir: string): Set<string> {
  if (!fs.existsSync(dir)) return new Set();
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Set(
    files.map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`),
  );
}

const SHAREABLE_TYPES = /^(?:text\/html|application\/(?:rss\+xml|atom\+xml|xml)|text\/xml|text\/plain)/;

export type RequestFacts = {
  requestId: string;
  nonce: string;
  https: boolean;
  /** No session cookie: the response may be shared, if the page says so. */
  anonymous: boolean;
  /** A page view (not an RSC navigation, a server action or an API call). */
  pageView: boolean;
};

export function requestFactsOf(
  req: IncomingMessage,
  requestId: string,
  nonce: string,
  trustProxy: boolean,
): RequestFacts {
  const url = req.url ?? "/";
  const read = req.method === "GET" || req.method === "HEAD";
  const navigation =
    Boolean(req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) ||
    url.includes("_rsc=");
  return {
    requestId,
    nonce,
    https: trustProxy && req.headers["x-forwarded-proto"] === "https",
    anonymous: !SESSION_COOKIE.test(req.headers.cookie ?? ""),
    pageView: read && !navigation && !/^\/(?:api|_next)\//.test(url),
  };
}

export function baseHeaders(facts: RequestFacts): OutgoingHttpHeaders {
  return {
    ...securityHeaders({ https: facts.https }),
    "content-security-policy": contentSecurityPolicy(facts.nonce),
    "x-request-id": facts.requestId,
  };
}

export function sendErrorPage(res: ServerResponse, facts: RequestFacts, status: number, method = "GET") {
  if (res.headersSent) return void res.destroy();
  const body = errorPage(status, facts.requestId);
  res.writeHead(status, {
    ...baseHeaders(facts),
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
    ...(status === 503 ? { "retry-after": "5" } : {}),
  });
  res.end(method === "HEAD" ? undefined : body);
}

type Mode = { kind: "pass" } | { kind: "strip-scripts" } | { kind: "error" };

/**
 * Wraps `res` so that Next's answer passes through `decide` before its headers go out. Next
 * writes its headers lazily (Node's implicit header calls writeHead), so overriding writeHead
 * on the instance sees every response.
 */
export function shapeResponse(
  req: IncomingMessage,
  res: ServerResponse,
  facts: RequestFacts,
  context: ResponseContext,
  databaseUnavailable: () => Promise<boolean>,
) {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const flushHeaders = res.flushHeaders.bind(res);
  let mode: Mode | null = null;
  let status = 200;
  const held: Buffer[] = [];

  const hold = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string")
      held.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else held.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  };

  res.writeHead = function (code: number, ...rest: unknown[]) {
    for (const arg of rest) {
      if (arg && typeof arg === "object") {
        const entries = Array.isArray(arg) ? pairsOf(arg) : Object.entries(arg as OutgoingHttpHeaders);
        for (const [name, value] of entries) if (value !== undefined) res.setHeader(name, value);
      }
    }
    status = code === 308 && (req.method === "GET" || req.method === "HEAD") ? 301 : code;
    // Next has no 410: a page removed on purpose (an article in the trash) says so in its context.
    if ((status === 200 || status === 404) && context.gone) status = 410;
    for (const [name, value] of Object.entries(baseHeaders(facts)))
      if (!res.hasHeader(name) || name === "content-security-policy") res.setHeader(name, value!);
    mode = decide(req, res, facts, context, status);
    if (mode.kind === "pass") return writeHead(status);
    return res;
  } as typeof res.writeHead;

  // Headers are decided before the first byte goes out; without this, Node's implicit header
  // would reach our writeHead from inside its own write and send the body without headers.
  const decided = (): Mode => mode ?? (res.writeHead(res.statusCode), mode!);

  res.write = function (chunk: unknown, ...rest: unknown[]) {
    if (decided().kind !== "pass") {
      hold(chunk, rest[0]);
      const callback = rest.find((a) => typeof a === "function") as (() => void) | undefined;
      callback?.();
      return true;
    }
    return write(chunk, ...rest);
  } as typeof res.write;

  res.end = function (...args: unknown[]) {
    const current = decided();
    if (current.kind === "pass") return end(...args);
    const chunk = typeof args[0] === "function" ? undefined : args[0];
    hold(chunk, typeof args[1] === "string" ? args[1] : undefined);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (current.kind === "error") {
      void databaseUnavailable().then((down) => {
        restore();
        if (down || facts.pageView) {
          sendErrorPage(res, facts, down ? 503 : 500, req.method);
        } else {
          writeHead(status);
          end(Buffer.concat(held));
        }
        callback?.();
      });
      return res;
    }
    const body = Buffer.from(withoutScripts(Buffer.concat(held).toString("utf8")));
    res.setHeader("content-length", body.length);
    res.removeHeader("transfer-encoding");
    writeHead(status);
    end(req.method === "HEAD" ? undefined : body, callback);
    return res;
  } as typeof res.end;

  res.flushHeaders = function () {
    if (decided().kind === "pass") flushHeaders();
  };

  function restore() {
    res.writeHead = writeHead as typeof res.writeHead;
    res.write = write as typeof res.write;
    res.end = end as typeof res.end;
  }
}

function pairsOf(flat: unknown[]): [string, string][] {
  if (Array.isArray(flat[0])) return flat as [string, string][];
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([String(flat[i]), String(flat[i + 1])]);
  return pairs;
}

function decide(
  req: IncomingMessage,
  res: ServerResponse,
  facts: RequestFacts,
  context: ResponseContext,
  status: number,
): Mode {
  const url = req.url ?? "/";
  const type = String(res.getHeader("content-type") ?? "");
  // A failure: 503 when the database is the cause (readers and load balancers try again
  // later); a failed page gets our own page, since Next's 500 is a shell only JavaScript fills.
  if (status === 500) return { kind: "error" };
  if (STATIC_FILES.test(url)) return { kind: "pass" };
  if ((status === 200 || status === 304) && publicFiles.has(url.split("?")[0])) {
    res.setHeader("cache-control", PUBLIC_FILE_CACHE);
    return { kind: "pass" };
  }
  if (!facts.anonymous || context.personal) {
    // Pages for a signed-in user, or a guest's own held comment, carry personal data: never stored by a browser or proxy.
    res.setHeader("cache-control", "private, no-store");
    return { kind: "pass" };
  }
  const cacheControl =
    status === 200 && facts.pageView && !res.hasHeader("set-cookie") && SHAREABLE_TYPES.test(type)
      ? sharedCacheControl(context)
      : null;
  if (!cacheControl) return { kind: "pass" };
  res.setHeader("cache-control", cacheControl);
  res.setHeader("surrogate-key", [...context.keys].join(" "));
  return type.startsWith("text/html") ? { kind: "strip-scripts" } : { kind: "pass" };
}
