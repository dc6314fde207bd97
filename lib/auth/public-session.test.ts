import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { withPublicSession } from "./public-session";

const claims = { sessionId: "s-1", userId: "u-1", role: "therapist", practiceId: "p-1", sessionVersion: 0 };
const authJs = (body: unknown) => async () =>
  new Response(JSON.stringify(body), {
    headers: { "content-type": "application/json", "set-cookie": "authjs.session-token=fresh; Path=/; HttpOnly" },
  });

describe("GET /api/auth/session", () => {
  it("tells the browser only that it has a session and when it expires, keeping Auth.js's cookie", async () => {
    const get = withPublicSession(authJs({ claims, expires: "2026-12-30T00:00:00.000Z" }));
    const res = await get(new NextRequest("http://localhost/api/auth/session"));
    expect(await res.json()).toEqual({ expires: "2026-12-30T00:00:00.000Z" });
    expect(res.headers.get("set-cookie")).toContain("authjs.session-token=fresh");
  });

  it("answers null without a session", async () => {
    const res = await withPublicSession(authJs(null))(new NextRequest("http://localhost/api/auth/session"));
    expect(await res.json()).toBeNull();
  });

  it("leaves Auth.js's other endpoints alone", async () => {
    const res = await withPublicSession(authJs({ csrfToken: "t" }))(new NextRequest("http://localhost/api/auth/csrf"));
    expect(await res.json()).toEqual({ csrfToken: "t" });
  });
});
