// What a visit holds besides its own row: findings and the latest screen.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { findings, intakes, screeningAnswers, screenings, sessionNotes } from "@/db/schema";
import type { Db } from "@/db/client";
import type { MuscleId } from "@/lib/domain/reference/muscles";

/**
 * What a visit (an intake, or a session note) holds besides its own row: its trigger-point
 * findings and the latest contraindication screen recorded at it.
 */
export type Visit = { intakeId: string } | { noteId: string };

export interface FindingDto {
  id: string;
  muscleId: MuscleId;
  side: "left" | "right";
  tenderness: number;
  pointType: "active" | "latent";
  reproducesPain: boolean;
  notes: string | null;
}

export interface VisitScreen {
  recordedAt: Date;
  answers: Record<string, { answer: "yes" | "no" | "unknown"; note: string | null }>;
}

const findingColumns = {
  id: findings.id,
  muscleId: findings.muscleId,
  side: findings.side,
  tenderness: findings.tenderness,
  pointType: findings.pointType,
  reproducesPain: findings.reproducesPain,
  notes: findings.notes,
};

const visitFindings = (visit: Visit) =>
  "intakeId" in visit ? eq(findings.intakeId, visit.intakeId) : eq(findings.sessionNoteId, visit.noteId);
const visitScreens = (visit: Visit) =>
  "intakeId" in visit ? eq(screenings.intakeId, visit.intakeId) : eq(screenings.sessionNoteId, visit.noteId);

export async function loadFindings(executor: Pick<Db, "select">, practiceId: string, visit: Visit) {
  const rows = await executor
    .select(findingColumns)
    .from(findings)
    .where(and(visitFindings(visit), eq(findings.practiceId, practiceId)))
    .orderBy(asc(findings.recordedAt));
  return rows as FindingDto[];
}

/** The answers of the latest screen recorded at this visit (re-answering keeps the history). */
export async function loadLatestScreen(
  executor: Pick<Db, "select">,
  practiceId: string,
  visit: Visit,
): Promise<VisitScreen | null> {
  const latest = executor
    .select({ id: screenings.id })
    .from(screenings)
    .where(and(visitScreens(visit), eq(screenings.practiceId, practiceId)))
    .orderBy(desc(screenings.recordedAt))
    .limit(1);
  const rows = await executor
    .select({
      recordedAt: screenings.recordedAt,
      contraindicationId: screeningAnswers.contraindicationId,
      answer: screeningAnswers.answer,
      note: screeningAnswers.note,
    })
    .from(screeningAnswers)
    .innerJoin(screenings, eq(screenings.id, screeningAnswers.screeningId))
    .where(eq(screenings.id, latest));
  if (rows.length === 0) return null;
  return {
    recordedAt: rows[0]!.recordedAt,
    answers: Object.fromEntries(rows.map((a) => [a.contraindicationId, { answer: a.answer, note: a.note }])),
  };
}

/** Locks a session note's row for the rest of the transaction; true while it is a draft. */
export async function lockDraft(tx: Pick<Db, "select">, noteId: string): Promise<boolean> {
  const [note] = await tx
    .select({ status: sessionNotes.status })
    .from(sessionNotes)
    .where(eq(sessionNotes.id, noteId))
    .for("update");
  return note?.status === "draft";
}

/**
 * Takes the intake's row lock, so saves at one intake run one after another: two at once would
 * both delete the muscle's old finding and both insert, and the second break the unique index.
 */
export async function lockIntake(tx: Pick<Db, "select">, intakeId: string): Promise<void> {
  await tx.select({ id: intakes.id }).from(intakes).where(eq(intakes.id, intakeId)).for("update");
}
