import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { clients, flags, intakes, plans, sessionNotes, symptomReports } from "@/db/schema";
import type { Db } from "@/db/client";
import { db } from "./database";
import { deny, requireStaff, type Viewer } from "./viewer";

/**
 * Loading an object of the clinical record by id, for staff of its practice. This is the one
 * place that decides it; everything else receives the object from here. Anything outside the
 * viewer's practice, or not an id at all, is denied as not-found (audited).
 */
type Executor = Pick<Db, "select">;

/** A staff viewer and an id that is a uuid; ids come bound from forms, so a raw POST can send anything. */
async function staffFor(action: string, objectType: string, id: string) {
  const objectId = String(id).slice(0, 64);
  const viewer = await requireStaff({ action, objectType, objectId });
  if (!z.uuid().safeParse(id).success) return deny(viewer, { action, objectType, objectId });
  return viewer;
}

export interface Scoped<T> {
  viewer: Viewer;
  row: T;
  database: Db;
}

export async function staffClient(
  clientId: string,
  action: string,
  tx?: Executor,
): Promise<Scoped<{ id: string; practiceId: string; givenName: string; familyName: string }>> {
  const viewer = await staffFor(action, "client", clientId);
  const database = await db();
  const [row] = await (tx ?? database)
    .select({
      id: clients.id,
      practiceId: clients.practiceId,
      givenName: clients.givenName,
      familyName: clients.familyName,
    })
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "client", objectId: clientId });
  return { viewer, row, database };
}

export async function staffIntake(intakeId: string, action: string): Promise<Scoped<typeof intakes.$inferSelect>> {
  const viewer = await staffFor(action, "intake", intakeId);
  const database = await db();
  const [row] = await database
    .select()
    .from(intakes)
    .where(and(eq(intakes.id, intakeId), eq(intakes.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "intake", objectId: intakeId });
  return { viewer, row, database };
}

export async function staffNote(noteId: string, action: string): Promise<Scoped<typeof sessionNotes.$inferSelect>> {
  const viewer = await staffFor(action, "session_note", noteId);
  const database = await db();
  const [row] = await database
    .select()
    .from(sessionNotes)
    .where(and(eq(sessionNotes.id, noteId), eq(sessionNotes.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "session_note", objectId: noteId });
  return { viewer, row, database };
}

/** Locks a session note's row for the rest of the transaction; true while it is a draft. */
export async function lockDraft(tx: Executor, noteId: string): Promise<boolean> {
  const [note] = await tx
    .select({ status: sessionNotes.status })
    .from(sessionNotes)
    .where(eq(sessionNotes.id, noteId))
    .for("update");
  return note?.status === "draft";
}

export async function staffFlag(flagId: string, action: string): Promise<Scoped<typeof flags.$inferSelect>> {
  const viewer = await staffFor(action, "flag", flagId);
  const database = await db();
  const [row] = await database
    .select()
    .from(flags)
    .where(and(eq(flags.id, flagId), eq(flags.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "flag", objectId: flagId });
  return { viewer, row, database };
}

export async function staffPlan(planId: string, action: string): Promise<Scoped<typeof plans.$inferSelect>> {
  const viewer = await staffFor(action, "plan", planId);
  const database = await db();
  const [row] = await database
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "plan", objectId: planId });
  return { viewer, row, database };
}

export async function staffSymptomReport(
  reportId: string,
  action: string,
): Promise<Scoped<typeof symptomReports.$inferSelect>> {
  const viewer = await staffFor(action, "symptom_report", reportId);
  const database = await db();
  const [row] = await database
    .select()
    .from(symptomReports)
    .where(and(eq(symptomReports.id, reportId), eq(symptomReports.practiceId, viewer.practiceId)))
    .limit(1);
  if (!row) return deny(viewer, { action, objectType: "symptom_report", objectId: reportId });
  return { viewer, row, database };
}
