// What the DAL reads of the current request: the caller's IP and origin.
import "server-only";
import { headers } from "next/headers";

/**
 * The caller's IP for audit rows and the per-IP sign-in limit: the last X-Forwarded-For
 * entry, i.e. the one added by the reverse proxy in front of the app. Next does not replace a
 * header the client sent, so without such a proxy the value is client-controlled: production
 * runs behind one (README, "PostgreSQL"). The per-account lockout does not depend on it.
 */
export async function requestIp(): Promise<string> {
  let list: string | null = null;
  try {
    list = (await headers()).get("x-forwarded-for");
  } catch {
    return "unknown"; // outside a request (scripts)
  }
  const entries = (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return (entries.at(-1) ?? "unknown").slice(0, 64);
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
