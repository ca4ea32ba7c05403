/**
 * The machine's own floor for bench:web: a bare node:http server, no framework, that answers
 * every request with a small fixed JSON body (the size of /api/health's). bench:web runs it on
 * another port after the app's phases and loads it with the same generator and clients, so the
 * printed figures separate what this machine and the load generator cost from what the
 * framework costs per request (the app's health route). Plain JS so plain node runs it.
 * Usage: node lib/bench/bare-server.mjs <port>
 */
import http from "node:http";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error("usage: node lib/bench/bare-server.mjs <port>");
  process.exit(2);
}
const body = JSON.stringify({ ok: true, articles: 100000, checkedAt: new Date().toISOString() });

http
  .createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(body);
  })
  .listen(port, "127.0.0.1");
