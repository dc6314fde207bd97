import { NextResponse } from "next/server";

/** A practice's uploaded picture (app/(clinician)/library/[itemId]/image): shown, never run. */
const UPLOADED_PICTURE = /^\/library\/[^/]+\/image$/;
const PICTURE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

/**
 * Sets a per-request Content-Security-Policy with a nonce, so scripts run only when Next put
 * them on the page (no 'unsafe-inline' scripts). Authorization is not done here: it lives in
 * lib/dal, which every page, action and route reads through. Guards that must hold for every
 * request (bad paths, body size, methods) live in server.mjs: a matcher can be skipped.
 */
export function proxy(request: Request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React sets style attributes; styles cannot run code, scripts are what the policy guards.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const policy = UPLOADED_PICTURE.test(new URL(request.url).pathname) ? PICTURE_POLICY : csp;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Prefetches and RSC requests too: a page fetched with `Purpose: prefetch` is still HTML a
// browser may render, and must carry the policy.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
