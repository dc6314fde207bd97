/**
 * How long a signed-in session lives. Pure: the clock is a parameter.
 *
 * HIPAA 164.312(a)(2)(iii) asks for automatic logoff; OWASP ASVS 5.0 V7.3 asks for an idle
 * and an absolute timeout. Staff work on shared clinic machines: 30 minutes idle, 12 hours
 * at most. Clients sign in on their own phones to do daily homework: 7 days idle, 30 days
 * at most.
 */
/** Staff (every practice role) work at the clinic; clients at home. */
export type SessionKind = "staff" | "client";
export type SessionEndReason = "idle" | "expired";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_LIMITS: Record<SessionKind, { idleMs: number; absoluteMs: number }> = {
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
  client: { idleMs: 7 * DAY, absoluteMs: 30 * DAY },
};

/** Which limits a role's sessions follow: every role but the client's is practice staff. */
export const sessionKindOf = (role: string): SessionKind => (role === "client" ? "client" : "staff");

/** Why a session is over at `now`, or null while it is alive. */
export function sessionEndReason(
  kind: SessionKind,
  session: { createdAt: Date; lastSeenAt: Date },
  now: Date,
): SessionEndReason | null {
  const limits = SESSION_LIMITS[kind];
  if (now.getTime() - session.createdAt.getTime() >= limits.absoluteMs) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() >= limits.idleMs) return "idle";
  return null;
}

/** Writing last-seen on every request is wasted work; once a minute keeps the idle clock honest. */
export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= MINUTE;
}
