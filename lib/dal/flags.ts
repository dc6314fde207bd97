import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { clients, flags, screeningAnswers, screenings } from "@/db/schema";
import { reconcileScreen, sortBySeverity } from "@/lib/domain/flags";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { ScreenInput } from "@/lib/validation/screen";
import { audit } from "./audit";
import { lockDraft, staffClient, staffFlag, staffIntake, staffNote } from "./scope";

export interface FlagDto {
  id: string;
  contraindicationId: ContraindicationId;
  status: "open" | "resolved" | "cleared";
  openedAt: Date;
  note: string | null;
  referredTo: string | null;
  referredOn: string | null;
  referralNote: string | null;
  clearedBy: string | null;
  clearedOn: string | null;
  clearanceNote: string | null;
  closedAt: Date | null;
}

const flagColumns = {
  id: flags.id,
  contraindicationId: flags.contraindicationId,
  status: flags.status,
  openedAt: flags.openedAt,
  note: flags.note,
  referredTo: flags.referredTo,
  referredOn: flags.referredOn,
  referralNote: flags.referralNote,
  clearedBy: flags.clearedBy,
  clearedOn: flags.clearedOn,
  clearanceNote: flags.clearanceNote,
  closedAt: flags.closedAt,
};

/** Every flag of a client, open ones first by severity, then closed ones by date. */
export async function listFlags(clientId: string): Promise<{ open: FlagDto[]; closed: FlagDto[] }> {
  const { viewer, database } = await staffClient(clientId, "flag.list");
  const rows = (await database
    .select(flagColumns)
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.practiceId, viewer.practiceId)))
    .orderBy(asc(flags.openedAt))) as FlagDto[];
  await audit(database, viewer, { action: "flag.list", objectType: "client", objectId: clientId, outcome: "allowed" });
  return {
    open: sortBySeverity(rows.filter((f) => f.status === "open")),
    closed: rows.filter((f) => f.status !== "open"),
  };
}

export interface LatestScreen {
  recordedAt: Date;
  answers: Record<string, { answer: "yes" | "no" | "unknown"; note: string | null }>;
}

/** The answers of the latest screen recorded at this visit, if any (re-answering keeps the history). */
export async function getVisitScreen(visit: { intakeId: string } | { noteId: string }): Promise<LatestScreen | null> {
  const { viewer, row, database } =
    "intakeId" in visit
      ? await staffIntake(visit.intakeId, "screen.read")
      : await staffNote(visit.noteId, "screen.read");
  const where = "intakeId" in visit ? eq(screenings.intakeId, row.id) : eq(screenings.sessionNoteId, row.id);
  const [screen] = await database
    .select({ id: screenings.id, recordedAt: screenings.recordedAt })
    .from(screenings)
    .where(and(where, eq(screenings.practiceId, viewer.practiceId)))
    .orderBy(desc(screenings.recordedAt))
    .limit(1);
  if (!screen) return null;
  const answers = await database.select().from(screeningAnswers).where(eq(screeningAnswers.screeningId, screen.id));
  await audit(database, viewer, {
    action: "screen.read",
    objectType: "screening",
    objectId: screen.id,
    outcome: "allowed",
  });
  return {
    recordedAt: screen.recordedAt,
    answers: Object.fromEntries(answers.map((a) => [a.contraindicationId, { answer: a.answer, note: a.note }])),
  };
}

export type ScreenResult = { ok: true; opened: ContraindicationId[] } | { ok: false; message: string };

/**
 * Records a contraindication screen at a visit and updates the client's flags: new yes/unknown
 * answers open flags, a "no" resolves local holds and cautions (lib/domain/flags.ts).
 * Answering again at the same visit records a new screen; the latest one stands.
 */
export async function recordScreen(
  visit: { intakeId: string } | { noteId: string },
  input: ScreenInput,
): Promise<ScreenResult> {
  const scoped =
    "intakeId" in visit
      ? await staffIntake(visit.intakeId, "screen.record")
      : await staffNote(visit.noteId, "screen.record");
  const { viewer, row, database } = scoped;
  const link = "intakeId" in visit ? { intakeId: row.id } : { sessionNoteId: row.id };
  const answers = Object.entries(input.answers).map(([contraindicationId, a]) => ({
    contraindicationId: contraindicationId as ContraindicationId,
    answer: a.answer,
    note: a.note,
  }));
  return database.transaction(async (tx): Promise<ScreenResult> => {
    if ("noteId" in visit && !(await lockDraft(tx, row.id))) {
      return { ok: false, message: "This session note is signed; its screen can no longer change." };
    }
    // One screen of a client at a time: locking the open flags below cannot stop two screens
    // (a double click) from both seeing no flag and both opening one. "No key update" still
    // lets other writes that reference the client (a pain log, a plan) go ahead.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, row.clientId)).for("no key update");
    const [screen] = await tx
      .insert(screenings)
      .values({ ...link, practiceId: viewer.practiceId, clientId: row.clientId, recordedBy: viewer.userId })
      .returning({ id: screenings.id });
    await tx
      .insert(screeningAnswers)
      .values(answers.map((a) => ({ ...a, practiceId: viewer.practiceId, screeningId: screen!.id })));
    const open = await tx
      .select({ id: flags.id, contraindicationId: flags.contraindicationId })
      .from(flags)
      .where(and(eq(flags.clientId, row.clientId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")))
      .for("update");
    const change = reconcileScreen(open as { id: string; contraindicationId: ContraindicationId }[], answers);
    if (change.open.length > 0) {
      await tx.insert(flags).values(
        change.open.map((contraindicationId) => ({
          practiceId: viewer.practiceId,
          clientId: row.clientId,
          contraindicationId,
          openedBy: viewer.userId,
          openedByScreening: screen!.id,
          note: answers.find((a) => a.contraindicationId === contraindicationId)?.note ?? null,
        })),
      );
    }
    if (change.resolve.length > 0) {
      await tx
        .update(flags)
        .set({ status: "resolved", closedAt: new Date(), resolvedByScreening: screen!.id })
        .where(and(inArray(flags.id, change.resolve), eq(flags.practiceId, viewer.practiceId)));
    }
    await audit(tx, viewer, {
      action: "screen.record",
      objectType: "screening",
      objectId: screen!.id,
      outcome: "allowed",
      detail: { clientId: row.clientId, opened: change.open, resolved: change.resolve.length },
    });
    return { ok: true, opened: change.open };
  });
}

export async function recordReferral(
  flagId: string,
  input: { referredTo: string; referredOn: string; referralNote: string | null },
): Promise<string> {
  const { viewer, row, database } = await staffFlag(flagId, "flag.referral");
  await database.transaction(async (tx) => {
    await tx
      .update(flags)
      .set({ ...input, referralRecordedBy: viewer.userId, referralRecordedAt: new Date() })
      .where(and(eq(flags.id, flagId), eq(flags.practiceId, viewer.practiceId)));
    await audit(tx, viewer, { action: "flag.referral", objectType: "flag", objectId: flagId, outcome: "allowed" });
  });
  return row.clientId;
}

export type ClearanceResult = { ok: true; clientId: string } | { ok: false; clientId: string; message: string };

/** Closes a flag with a recorded clearance: who cleared it, when, and their note. */
export async function recordClearance(
  flagId: string,
  input: { clearedBy: string; clearedOn: string; clearanceNote: string | null },
): Promise<ClearanceResult> {
  const { viewer, row, database } = await staffFlag(flagId, "flag.clearance");
  return database.transaction(async (tx): Promise<ClearanceResult> => {
    const updated = await tx
      .update(flags)
      .set({ ...input, status: "cleared", clearanceRecordedBy: viewer.userId, closedAt: new Date() })
      .where(and(eq(flags.id, flagId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")))
      .returning({ id: flags.id });
    if (updated.length === 0) return { ok: false, clientId: row.clientId, message: "This flag is already closed." };
    await audit(tx, viewer, { action: "flag.clearance", objectType: "flag", objectId: flagId, outcome: "allowed" });
    return { ok: true, clientId: row.clientId };
  });
}
