// The bench's yardstick: the least work a Node server can do to answer a page view, i.e.
// the anonymous article page's own HTML from memory with plain node:http. Every case's
// requests/s is shown as a ratio to this, so results compare across machines.
// Usage: node --import tsx bench/baseline-server.ts <port> <html-file>
import fs from "node:fs";
import http from "node:http";

const [port, file] = process.argv.slice(2);
const body = fs.readFileSync(file);
const headers = { "content-type": "text/html; charset=utf-8", "content-length": body.length };

const server = http.createServer((req, res) => {
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
