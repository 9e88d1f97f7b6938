// The origin server: Next in one worker process per core (node:cluster, one shared port),
// with the request guards and response shaping every environment needs, development included.
// A cache (front/server.ts, Varnish, a CDN) sits in front of it in production.
//
//   tsx origin/server.ts --port 3001 [--host 127.0.0.1] [--dev] [--workers N]
import cluster from "node:cluster";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { envOrExit } from "../lib/env";
import { newResponseContext, responseContextStore } from "../lib/response-policy";
import { watchParent } from "./parent-watch";
import { answerClientError } from "./client-error";
import { contentSecurityPolicy } from "./security-headers";
import { afterBodyDrained, refusalOf } from "./request-guards";
import { requestFactsOf, sendErrorPage, shapeResponse } from "./response";

const { values: args } = parseArgs({
  options: {
    port: { type: "string" },
    host: { type: "string" },
    dev: { type: "boolean" },
    workers: { type: "string" },
  },
});
const port = Number(args.port ?? 3000);
const host = args.host;
const dev = args.dev === true;
// `next dev` compiles on demand in one process; production renders on every core.
const config = envOrExit();
const workers = dev
  ? 1
  : args.workers
    ? Math.max(1, Number(args.workers))
    : (config.NEXT_WORKERS ?? os.availableParallelism());
const trustProxy = config.TRUST_PROXY;

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  const fork = () =>
    cluster.fork().on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[origin] worker exited (${signal ?? code}); starting another`);
      fork();
    });
  for (let i = 0; i < workers; i++) fork();
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // The launcher killed outright (SIGKILL) must not leave the workers holding the port.
  watchParent(stop);
} else {
  await serve();
}

/**
 * Next writes a page as many small chunks, each its own system call on an uncorked socket;
 * corked, the chunks written within one tick leave together.
 */
function corkWrites(res: http.ServerResponse) {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const uncork = () => res.uncork();
  res.write = function (...args: unknown[]) {
    if (res.writableCorked === 0) {
      res.cork();
      process.nextTick(uncork);
    }
    return write(...args);
  } as typeof res.write;
}

async function serve() {
  const app = next({ dev, dir: process.cwd(), hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const store = responseContextStore();

  // Many pages fail at once while the database is down: one health probe answers them all.
  let probe: { at: number; down: Promise<boolean> } | null = null;
  const databaseUnavailable = () => {
    if (probe && Date.now() - probe.at < 1000) return probe.down;
    const down = fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(3000) })
      .then(async (res) => (await res.arrayBuffer(), res.status !== 200))
      .catch(() => true);
    probe = { at: Date.now(), down };
    return down;
  };

  const server = http.createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    const requestId = randomUUID();
    const nonce = randomBytes(16).toString("base64");
    const facts = requestFactsOf(req, requestId, nonce, trustProxy);
    const refusal = refusalOf(req);
    if (refusal) {
      res.shouldKeepAlive = false;
      return afterBodyDrained(req, () => sendErrorPage(res, facts, refusal, req.method));
    }
    // Next marks its inline scripts with the nonce it finds in the request's CSP header.
    req.headers["content-security-policy"] = contentSecurityPolicy(nonce);
    req.headers["x-request-id"] = requestId;
    // A page that may be shared has its scripts taken out here, so Next must not compress it;
    // the cache in front compresses what it stores.
    if (facts.anonymous && facts.pageView) delete req.headers["accept-encoding"];
    const context = newResponseContext();
    shapeResponse(req, res, facts, context, databaseUnavailable);
    corkWrites(res);
    store.run(context, () => {
      handle(req, res).catch((error: unknown) => {
        console.error(`[origin] ${req.method} ${req.url} failed`, error);
        sendErrorPage(res, facts, 500, req.method);
      });
    });
  });
  server.on("clientError", answerClientError);
  if (dev) {
    const upgrade = app.getUpgradeHandler();
    server.on("upgrade", (req, socket, head) => void upgrade(req, socket, head));
  }
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const stop = () => {
    server.close();
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (cluster.isPrimary) watchParent(stop);
}
