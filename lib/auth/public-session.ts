// What GET /api/auth/session tells the browser.
import type { NextRequest } from "next/server";

/**
 * Auth.js answers GET /api/auth/session with whatever the session callback returns, and the
 * server's own auth() goes through that same callback, which must keep the claims (session id,
 * user id, practice id) for lib/dal/internal/viewer.ts. No browser code reads the session
 * (pages get who is signed in from lib/dal/viewer.ts, rendered on the server), so the endpoint
 * passes on only whether there is a session and when it expires (issue 12, finding 10). The
 * cookie headers Auth.js set (a refreshed session cookie) pass through unchanged.
 */
export function withPublicSession(
  get: (request: NextRequest) => Promise<Response>,
): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const response = await get(request);
    if (!request.nextUrl.pathname.endsWith("/session") || !response.ok) return response;
    const session = (await response.json().catch(() => null)) as { expires?: unknown } | null;
    const body = session && typeof session.expires === "string" ? { expires: session.expires } : null;
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    return new Response(JSON.stringify(body), { status: response.status, headers });
  };
}
