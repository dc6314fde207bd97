import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth/config";
import { withPublicSession } from "@/lib/auth/public-session";

const get = withPublicSession(handlers.GET);

/**
 * Auth.js's own error page answers `?error=Configuration` with a 500 that anyone can ask for.
 * The app signs in through its own form, whose action reports its errors, so the page only
 * sends the caller back there. The session endpoint tells the browser only what it needs.
 */
export function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/error")
    return new NextResponse(null, { status: 303, headers: { location: "/sign-in" } });
  return get(request);
}

export const { POST } = handlers;
