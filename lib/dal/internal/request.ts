// What the DAL reads of the current request: the caller's IP and origin.
import "server-only";
import { headers } from "next/headers";
import { clientIp, trustedHops } from "@/lib/domain/client-ip";

/** Set by server.mjs, which overwrites PEER_HEADER on every request with the socket's address. */
const ENTRY_MARK = Symbol.for("unknot.server-entry");
const PEER_HEADER = "x-unknot-peer";

/**
 * The caller's IP for audit rows and the per-IP limits: the socket's peer, or with
 * TRUSTED_PROXY_HOPS proxies in front, the address the farthest trusted one saw
 * (lib/domain/client-ip.ts). A client-sent X-Forwarded-For cannot change it.
 */
export async function requestIp(): Promise<string> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return "unknown"; // outside a request (scripts)
  }
  const throughEntry = (globalThis as Record<symbol, unknown>)[ENTRY_MARK] === true;
  return clientIp({
    peer: throughEntry ? h.get(PEER_HEADER) : null,
    forwardedFor: h.get("x-forwarded-for"),
    trustedHops: trustedHops(process.env.TRUSTED_PROXY_HOPS),
  });
}

/** The origin the caller reached us at, for links in emails (APP_URL overrides it). */
export async function requestOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  let h: Headers;
  try {
    h = await headers();
  } catch {
    // Outside a request (the reminder job): the app's own address; production sets APP_URL.
    return `http://localhost:${process.env.PORT ?? 3000}`;
  }
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
