/**
 * Which address a request came from, for audit rows and per-address limits.
 *
 * The only address nobody can forge is the TCP peer (server.mjs records it). Each reverse proxy
 * in front of the app appends the address it was reached from to X-Forwarded-For, so with N
 * trusted proxies the client is the Nth entry from the right; everything to the left of it was
 * written by the client and proves nothing. This is the count OWASP and express's
 * "trust proxy = N" use. Without a recorded peer (a server started without server.mjs, e.g.
 * `next dev`), the last X-Forwarded-For entry stands in for it: Next writes the socket address
 * there only when the client sent none, so that fallback is forgeable and production runs
 * server.mjs.
 */
export function clientIp(input: { peer: string | null; forwardedFor: string | null; trustedHops: number }): string {
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the peer, then what each proxy appended, right to left.
  const chain = [...(input.peer ? [input.peer] : []), ...forwarded.reverse()];
  if (chain.length === 0) return "unknown";
  // More hops configured than addresses present: the farthest one known (what express does).
  const hops = input.peer ? input.trustedHops : Math.max(0, input.trustedHops - 1);
  return normalize(chain[Math.min(hops, chain.length - 1)]!);
}

/** "::ffff:127.0.0.1" (an IPv4 peer on a dual-stack socket) is 127.0.0.1; at most 64 characters. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).slice(0, 64);
}

/** TRUSTED_PROXY_HOPS: how many reverse proxies stand in front of the app (default 0). */
export function trustedHops(value: string | undefined): number {
  const hops = Number((value ?? "0").trim() || "0");
  return Number.isInteger(hops) && hops >= 0 && hops < 100 ? hops : 0;
}
