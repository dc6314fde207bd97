// Resolving the viewer from the session row, once per request.
import "server-only";
import { cache } from "react";
import { and, eq, isNull } from "drizzle-orm";
import { redirect } from "next/navigation";
import { clients, practices, sessions, users } from "@/db/schema";
import { sessionClaims } from "@/lib/auth/session-cookie";
import { needsTouch, sessionEndReason, sessionKindOf } from "@/lib/domain/session-policy";
import type { Role } from "../policy";
import { audit } from "./audit";
import { db } from "./database";

/** Who is asking, as resolved from the session row: never from ids a page passes in. */
export interface Viewer {
  userId: string;
  role: Role;
  practiceId: string;
  sessionId: string;
  displayName: string;
  email: string;
  /** The client record of a client viewer; null for staff. */
  clientId: string | null;
  /** The practice's IANA time zone: times and calendar days are shown in it. */
  timeZone: string;
}

/**
 * Resolves the viewer once per request. The cookie only names a session; the session row and
 * the user row decide: ended, idle or expired sessions, disabled users and bumped session
 * versions all answer null on the very next request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await sessionClaims();
  if (!claims) return null;
  const database = await db();
  const [row] = await database
    .select({
      sessionUserId: sessions.userId,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      role: users.role,
      practiceId: sessions.practiceId,
      displayName: users.displayName,
      email: users.email,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      clientId: clients.id,
      timeZone: practices.timeZone,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    // A session works in one practice: staff in theirs, a client of several practices in the one
    // they chose (lib/dal/client-practices.ts), as their record there.
    .innerJoin(practices, eq(practices.id, sessions.practiceId))
    .leftJoin(clients, and(eq(clients.userId, users.id), eq(clients.practiceId, sessions.practiceId)))
    .where(and(eq(sessions.id, claims.sessionId), isNull(sessions.endedAt)))
    .limit(1);
  if (!row || row.sessionUserId !== claims.userId) return null;

  const now = new Date();
  // A client's session ends with the record it works in (unlinked by that practice's staff).
  const unlinked = row.role === "client" && !row.clientId;
  const revoked = row.disabled || unlinked || row.sessionVersion !== claims.sessionVersion;
  const ended = revoked ? "revoked" : sessionEndReason(sessionKindOf(row.role), row, now);
  if (ended) {
    await database.transaction(async (tx) => {
      await tx
        .update(sessions)
        .set({ endedAt: now, endReason: ended })
        .where(and(eq(sessions.id, claims.sessionId), isNull(sessions.endedAt)));
      const actor = { userId: claims.userId, role: row.role, practiceId: row.practiceId };
      await audit(tx, actor, {
        action: "auth.session_end",
        objectType: "session",
        objectId: claims.sessionId,
        outcome: "denied",
        detail: { reason: ended },
      });
    });
    return null;
  }
  if (needsTouch(row.lastSeenAt, now)) {
    await database.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, claims.sessionId));
  }
  return {
    userId: claims.userId,
    role: row.role,
    practiceId: row.practiceId,
    sessionId: claims.sessionId,
    displayName: row.displayName,
    email: row.email,
    clientId: row.role === "client" ? row.clientId : null,
    timeZone: row.timeZone,
  };
});

/** The viewer, or a redirect to sign-in. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}
