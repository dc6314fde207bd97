import type { SessionClaims } from "@/lib/auth/session-claims";

/** What the mocked Auth.js and next/headers answer for the current simulated request. */
export const currentRequest: { claims: SessionClaims | null; ip: string } = {
  claims: null,
  ip: "203.0.113.10",
};
