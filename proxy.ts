import { NextResponse, type NextRequest } from "next/server";

/**
 * Sets a per-request Content-Security-Policy with a nonce, so scripts run only when Next put
 * them on the page (no 'unsafe-inline' scripts). Authorization is not done here: it lives in
 * lib/dal, which every page, action and route reads through.
 */
/** Next's default server-action body limit; larger bodies make Next throw (a 500), so refuse them first. */
const ACTION_BODY_LIMIT = 1024 * 1024;

/** Requests Next would answer with a 500 that are really the caller's mistake (bad-input corpus). */
function badRequest(request: NextRequest): NextResponse | null {
  try {
    // A path that is not valid percent-encoded UTF-8 makes Next's route params throw.
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request", { status: 400 });
  }
  const type = request.headers.get("content-type") ?? "";
  const isAction =
    request.headers.has("next-action") ||
    (request.method === "POST" &&
      !request.nextUrl.pathname.startsWith("/api/") &&
      /multipart\/form-data|urlencoded/.test(type));
  if (isAction && Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return new NextResponse("Payload too large", { status: 413 });
  }
  return null;
}

export function proxy(request: NextRequest) {
  const refused = badRequest(request);
  if (refused) return refused;
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
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
