// Signing out from the app's own button.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { getViewer } from "./internal/viewer";

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
