import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { sessions } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { audit } from "./audit";
import { db } from "./database";
import { getViewer } from "./viewer";

/** Ends the viewer's session on the server, so the old cookie is worthless if replayed. */
export async function endCurrentSession(): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) return;
  const database = await db();
  await database.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "signed_out" })
      .where(and(eq(sessions.id, viewer.sessionId), isNull(sessions.endedAt)));
    await audit(tx, viewer, {
      action: "auth.sign_out",
      objectType: "session",
      objectId: viewer.sessionId,
      outcome: "allowed",
    });
  });
}

/**
 * Ends the session a discarded cookie named. Auth.js's own sign-out endpoint (POST
 * /api/auth/signout) only clears the cookie; without this the session row stayed alive and a
 * copy of the cookie kept working until the idle timeout. The claims come from the decrypted,
 * authenticated cookie. Signing out through signOutAction ends the row first, so this is a no-op.
 */
export async function endSessionOfClaims(claims: SessionClaims): Promise<void> {
  const database = await db();
  await database.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ endedAt: new Date(), endReason: "signed_out" })
      .where(and(eq(sessions.id, claims.sessionId), eq(sessions.userId, claims.userId), isNull(sessions.endedAt)))
      .returning({ id: sessions.id });
    if (ended.length === 0) return;
    const actor = { userId: claims.userId, role: claims.role, practiceId: claims.practiceId };
    await audit(tx, actor, {
      action: "auth.sign_out",
      objectType: "session",
      objectId: claims.sessionId,
      outcome: "allowed",
    });
  });
}
