import { request } from "node:http";

/** What a raw request got back: the status (0 when the server closed the connection first). */
export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request fetch() cannot send: a method it forbids (TRACE, TRACK), a WebDAV method, or a body
 * sent chunked without Content-Length (`chunks` pieces of `chunkSize` bytes).
 */
export function rawRequest(
  baseURL: string,
  path: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    /** Sent in two chunks, without Content-Length. */
    body?: Buffer;
    chunks?: number;
    chunkSize?: number;
  } = {},
): Promise<RawReply> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: opts.method ?? "GET", headers: opts.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (body += d.length < 10_000 ? d : ""));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      },
    );
    // The server may answer and close while the body is still being sent: that answer counts.
    req.on("error", (error: NodeJS.ErrnoException) =>
      ["EPIPE", "ECONNRESET"].includes(error.code ?? "")
        ? resolve({ status: 0, headers: {}, body: "" })
        : reject(error),
    );
    if (opts.body) {
      const half = Math.floor(opts.body.length / 2);
      req.write(opts.body.subarray(0, half));
      return void req.end(opts.body.subarray(half));
    }
    if (!opts.chunks) return void req.end();
    const chunk = Buffer.alloc(opts.chunkSize ?? 64 * 1024, "z");
    let sent = 0;
    const pump = () => {
      while (sent < opts.chunks!) {
        sent++;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}
