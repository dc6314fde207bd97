// A client of several practices (issue 12): one login, a record in each practice that invited
// it, and a session that works in one of them at a time, chosen after sign-in.
import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { clients, practices, sessions } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, deny, isId, portalViewer } from "./internal/guard";

export interface MyPractice {
  id: string;
  name: string;
  /** The practice this session works in now. */
  current: boolean;
}

/** The practices the signed-in client has a record in, in the order they joined. */
export async function myPractices(): Promise<MyPractice[]> {
  const viewer = await portalViewer("portal.practices");
  const database = await db();
  const rows = await database
    .select({ id: practices.id, name: practices.name })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .where(eq(clients.userId, viewer.userId))
    .orderBy(asc(clients.createdAt));
  return rows.map((r) => ({ ...r, current: r.id === viewer.practiceId }));
}

/**
 * Moves this session to another practice whose record the client's login is linked to: the
 * portal then shows that practice's plan, appointments and messages. Audited in both practices'
 * trails (the session leaves one and enters the other). A practice without the client's record is
 * refused as not-found, like any object of another tenant.
 */
export async function switchPractice(practiceId: string): Promise<void> {
  const viewer = await portalViewer("portal.practices");
  const denial = { action: "portal.practices", objectType: "practice", objectId: auditId(practiceId) };
  if (!isId(practiceId)) return deny(viewer, denial);
  const database = await db();
  const [record] = await database
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.userId, viewer.userId), eq(clients.practiceId, practiceId)));
  if (!record) return deny(viewer, denial);
  if (practiceId === viewer.practiceId) return;
  await database.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ practiceId })
      .where(and(eq(sessions.id, viewer.sessionId), isNull(sessions.endedAt)));
    const entry = { action: "portal.switch_practice", objectType: "session", objectId: viewer.sessionId } as const;
    await audit(tx, viewer, { ...entry, outcome: "allowed", detail: { to: practiceId } });
    await audit(tx, { ...viewer, practiceId }, { ...entry, outcome: "allowed", detail: { from: viewer.practiceId } });
  });
}
