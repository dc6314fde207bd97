// What a visit holds besides its own row: findings and the latest screen.
import "server-only";
import { and, asc, desc, eq, or, type SQL } from "drizzle-orm";
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

/**
 * The screens a visit's page shows, in one statement: the latest recorded at this visit (re-
 * answering keeps the history), and the client's latest anywhere, which pre-fills the form
 * (issue 13, bug 6: changing one answer meant answering all nine again). Often the same screen.
 */
export async function loadScreens(
  executor: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
  visit: Visit,
): Promise<{ screen: VisitScreen | null; lastScreen: VisitScreen | null }> {
  const latestOf = (where: SQL | undefined) =>
    executor
      .select({ id: screenings.id })
      .from(screenings)
      .where(and(where, eq(screenings.practiceId, practiceId)))
      .orderBy(desc(screenings.recordedAt), desc(screenings.id))
      .limit(1);
  const rows = await executor
    .select({
      id: screenings.id,
      intakeId: screenings.intakeId,
      sessionNoteId: screenings.sessionNoteId,
      recordedAt: screenings.recordedAt,
      contraindicationId: screeningAnswers.contraindicationId,
      answer: screeningAnswers.answer,
      note: screeningAnswers.note,
    })
    .from(screeningAnswers)
    .innerJoin(screenings, eq(screenings.id, screeningAnswers.screeningId))
    .where(
      and(
        eq(screeningAnswers.practiceId, practiceId),
        or(
          eq(screenings.id, latestOf(visitScreens(visit))),
          eq(screenings.id, latestOf(eq(screenings.clientId, clientId))),
        ),
      ),
    );
  const byScreen = new Map<string, typeof rows>();
  for (const row of rows) byScreen.set(row.id, [...(byScreen.get(row.id) ?? []), row]);
  const screens = [...byScreen.values()].sort((a, b) => b[0]!.recordedAt.getTime() - a[0]!.recordedAt.getTime());
  const atVisit = screens.find(([first]) =>
    "intakeId" in visit ? first!.intakeId === visit.intakeId : first!.sessionNoteId === visit.noteId,
  );
  const toScreen = (answers: typeof rows | undefined): VisitScreen | null =>
    answers
      ? {
          recordedAt: answers[0]!.recordedAt,
          answers: Object.fromEntries(answers.map((a) => [a.contraindicationId, { answer: a.answer, note: a.note }])),
        }
      : null;
  return { screen: toScreen(atVisit), lastScreen: toScreen(screens[0]) };
}

/** The answers of the client's latest screen, at any visit: what a new screen changes (issue 13, bug 6). */
export async function loadLastAnswers(
  executor: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
): Promise<Record<string, { answer: "yes" | "no" | "unknown" }> | null> {
  const latest = executor
    .select({ id: screenings.id })
    .from(screenings)
    .where(and(eq(screenings.clientId, clientId), eq(screenings.practiceId, practiceId)))
    .orderBy(desc(screenings.recordedAt), desc(screenings.id))
    .limit(1);
  const rows = await executor
    .select({ contraindicationId: screeningAnswers.contraindicationId, answer: screeningAnswers.answer })
    .from(screeningAnswers)
    .where(and(eq(screeningAnswers.screeningId, latest), eq(screeningAnswers.practiceId, practiceId)));
  return rows.length === 0 ? null : Object.fromEntries(rows.map((r) => [r.contraindicationId, { answer: r.answer }]));
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
