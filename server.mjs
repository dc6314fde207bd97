// The app's HTTP server: Next's request handler behind the guards that must hold for every
// request, whatever proxy.ts's matcher skips (prefetches, RSC requests), and the one place that
// sees the TCP peer. `npm start`, the e2e server and the security suite all run this file.
//
//   node server.mjs [-p PORT] [-H HOST] [--dev]
//
// Guards (README, "Security"): a path that is not valid percent-encoded UTF-8 answers 400; a
// method the app does not serve answers 405 (a standard one) or 501; a body over 1 MiB answers
// 413, whether it says its length or is sent chunked. The socket's peer address is recorded in
// the PEER_HEADER request header, overwriting whatever the client sent there; lib/dal reads it
// (lib/domain/client-ip.ts) and counts TRUSTED_PROXY_HOPS proxies in X-Forwarded-For from there.
import { createServer, IncomingMessage } from "node:http";

/** Next's server-action body limit (1 MB); a larger body makes Next throw, so refuse it first. */
const BODY_LIMIT = 1024 * 1024;
/**
 * A refused body is read to its end (up to this much) before the connection is reused, so the
 * client, still sending, reads the 413 instead of a reset connection; beyond it, the connection
 * is closed.
 */
const DRAIN_LIMIT = 16 * BODY_LIMIT;
const PEER_HEADER = "x-unknot-peer";
/** Marks the process as served through this entry, so the app may trust PEER_HEADER. */
const ENTRY_MARK = Symbol.for("unknot.server-entry");

/** The bench's floors and counters (app/bench, `npm run bench`): served only when UNKNOT_BENCH=1. */
const BENCH_PATH = /^\/bench(\/|$)/i;
/** An address the app has no page for: Next answers it with the app's not-found page and every header. */
const UNKNOWN_PATH = "/__unknot-unknown";

/**
 * Outside a bench run, a /bench address is asked of Next as an address it does not have, so it
 * gets exactly the not-found page (and CSP and other headers) any unknown address gets. The
 * pages check UNKNOT_BENCH too, but the static floor is built once and cannot.
 */
function hideBench(req) {
  if (process.env.UNKNOT_BENCH === "1") return;
  const path = decodeURIComponent((req.url ?? "").split("?")[0]).replace(/\/{2,}/g, "/");
  if (BENCH_PATH.test(path)) req.url = UNKNOWN_PATH;
}

const SERVED = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
/** RFC 9110 methods the app knows and does not serve (405); anything else is not implemented (501). */
const KNOWN = new Set(["PUT", "PATCH", "DELETE", "TRACE", "CONNECT"]);

function parseArgs(argv) {
  const opts = { port: Number(process.env.PORT ?? 3000), hostname: undefined, dev: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-p" || arg === "--port") opts.port = Number(argv[++i]);
    else if (arg === "-H" || arg === "--hostname") opts.hostname = argv[++i];
    else if (arg === "--dev") opts.dev = true;
    else throw new Error(`server.mjs: unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error("server.mjs: bad port");
  return opts;
}

function trustedHops() {
  const raw = process.env.TRUSTED_PROXY_HOPS ?? "0";
  if (!/^\d{1,2}$/.test(raw.trim())) {
    console.error(`TRUSTED_PROXY_HOPS must be a whole number of proxies in front of the app (0, 1, 2…), not "${raw}".`);
    process.exit(1);
  }
}

function answer(res, status, text, headers = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(`${text}\n`);
}

/** The request's refusal, or null: what Next would otherwise answer with a 500. */
function refusal(req) {
  const method = req.method ?? "";
  if (!SERVED.has(method))
    return KNOWN.has(method)
      ? [405, "Method not allowed", { allow: [...SERVED].join(", ") }]
      : [501, "Not implemented", { allow: [...SERVED].join(", ") }];
  const url = req.url ?? "";
  // Origin-form only ("/path?query"): "*" and absolute URLs are for proxies.
  if (!url.startsWith("/")) return [400, "Bad request"];
  const path = url.split("?")[0];
  try {
    decodeURIComponent(path);
  } catch {
    return [400, "Bad request"];
  }
  const length = req.headers["content-length"];
  if (length !== undefined && Number(length) > BODY_LIMIT) return [413, "Payload too large"];
  return null;
}

/** Answers the refusal, then reads and drops what the client still sends (DRAIN_LIMIT at most). */
function refuse(req, res, [status, text, headers = {}], alreadyRead = 0) {
  const declared = Number(req.headers["content-length"] ?? 0);
  const close = declared > DRAIN_LIMIT;
  answer(res, status, text, close ? { ...headers, connection: "close" } : headers);
  let drained = alreadyRead;
  req.on("data", (chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/**
 * A body sent without Content-Length (chunked): read it up to the limit. Over it, answer 413;
 * within it, hand Next a request carrying the whole body and its length.
 */
function readChunked(req, res, next) {
  const chunks = [];
  let size = 0;
  let refused = false;
  const collect = (chunk) => {
    size += chunk.length;
    if (size > BODY_LIMIT) {
      refused = true;
      chunks.length = 0;
      req.off("data", collect);
      refuse(req, res, [413, "Payload too large"], size);
      return;
    }
    chunks.push(chunk);
  };
  req.on("data", collect);
  req.on("error", () => {
    if (!res.headersSent) answer(res, 400, "Bad request", { connection: "close" });
  });
  req.on("end", () => {
    if (refused) return;
    const body = Buffer.concat(chunks);
    const replay = new IncomingMessage(req.socket);
    replay.httpVersion = req.httpVersion;
    replay.httpVersionMajor = req.httpVersionMajor;
    replay.httpVersionMinor = req.httpVersionMinor;
    replay.method = req.method;
    replay.url = req.url;
    const headers = { ...req.headers, "content-length": String(body.length) };
    delete headers["transfer-encoding"];
    replay.headers = headers;
    replay.rawHeaders = Object.entries(headers).flatMap(([k, v]) =>
      Array.isArray(v) ? v.flatMap((x) => [k, x]) : [k, v],
    );
    replay.push(body);
    replay.push(null);
    replay.complete = true;
    next(replay);
  });
}

/** Records the TCP peer for lib/dal, replacing any value the client sent under that name. */
function recordPeer(req) {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "unknown";
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    if (req.rawHeaders[i].toLowerCase() !== PEER_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  raw.push(PEER_HEADER, req.headers[PEER_HEADER]);
  req.rawHeaders = raw;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  trustedHops();
  if (!opts.dev) process.env.NODE_ENV ??= "production";
  const { default: next } = await import("next");
  const app = next({ dev: opts.dev, hostname: opts.hostname ?? "localhost", port: opts.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  globalThis[ENTRY_MARK] = true;
  const serve = (req, res) => {
    recordPeer(req);
    hideBench(req);
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) answer(res, 500, "Internal server error");
    });
  };
  const server = createServer((req, res) => {
    const refused = refusal(req);
    if (refused) return refuse(req, res, refused);
    const chunked = req.headers["content-length"] === undefined && req.headers["transfer-encoding"] !== undefined;
    if (chunked) readChunked(req, res, (replay) => serve(replay, res));
    else serve(req, res);
  });
  server.on("upgrade", app.getUpgradeHandler());
  server.listen(opts.port, opts.hostname, () => {
    const address = server.address();
    const where = typeof address === "string" ? address : `${opts.hostname ?? "localhost"}:${address?.port}`;
    console.log(`> Ready on http://${where} (${opts.dev ? "development" : "production"})`);
  });
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      Promise.resolve(app.close?.())
        .catch(() => {})
        .finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 3_000).unref();
    });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
