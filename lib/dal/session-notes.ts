import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { findings, noteAmendments, screenings, sessionNotes, users } from "@/db/schema";
import { signBlockers } from "@/lib/domain/charting";
import type { SessionNoteInput } from "@/lib/validation/session-note";
import { audit } from "./audit";
import { practiceDay } from "./practice-day";
import { findingColumns, type FindingDto } from "./findings";
import { staffIntake, staffNote } from "./scope";

export interface AmendmentDto {
  id: string;
  createdAt: Date;
  authorName: string;
  body: string;
}

export interface SessionNoteDto {
  id: string;
  clientId: string;
  intakeId: string;
  visitDate: string;
  subjective: string;
  painNow: number | null;
  assessment: string;
  plan: string;
  status: "draft" | "signed";
  version: number;
  updatedAt: Date;
  signedAt: Date | null;
  therapistName: string;
  signedByName: string | null;
  findings: FindingDto[];
  amendments: AmendmentDto[];
}

/**
 * Opens a draft note for a new visit in this episode of care. Its findings start as a copy of
 * the last visit's (the last note, else the intake), ready to be re-measured.
 */
export async function startSession(intakeId: string): Promise<string> {
  const { viewer, row: intake, database } = await staffIntake(intakeId, "note.create");
  const { today } = await practiceDay(database, viewer.practiceId);
  return database.transaction(async (tx) => {
    const [last] = await tx
      .select({ id: sessionNotes.id })
      .from(sessionNotes)
      .where(and(eq(sessionNotes.intakeId, intakeId), eq(sessionNotes.practiceId, viewer.practiceId)))
      .orderBy(desc(sessionNotes.visitDate), desc(sessionNotes.createdAt))
      .limit(1);
    const previous = await tx
      .select()
      .from(findings)
      .where(
        and(
          last ? eq(findings.sessionNoteId, last.id) : eq(findings.intakeId, intakeId),
          eq(findings.practiceId, viewer.practiceId),
        ),
      );
    const [note] = await tx
      .insert(sessionNotes)
      .values({
        practiceId: viewer.practiceId,
        clientId: intake.clientId,
        intakeId,
        therapistId: viewer.userId,
        visitDate: today,
        updatedBy: viewer.userId,
      })
      .returning({ id: sessionNotes.id });
    if (previous.length > 0) {
      await tx.insert(findings).values(
        previous.map((f) => ({
          practiceId: viewer.practiceId,
          clientId: f.clientId,
          sessionNoteId: note!.id,
          muscleId: f.muscleId,
          side: f.side,
          tenderness: f.tenderness,
          pointType: f.pointType,
          reproducesPain: f.reproducesPain,
          notes: f.notes,
          recordedBy: viewer.userId,
        })),
      );
    }
    await audit(tx, viewer, {
      action: "note.create",
      objectType: "session_note",
      objectId: note!.id,
      outcome: "allowed",
      detail: { intakeId },
    });
    return note!.id;
  });
}

export async function getSessionNote(noteId: string): Promise<SessionNoteDto> {
  const { viewer, row, database } = await staffNote(noteId, "note.read");
  const names = new Map(
    (
      await database
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(eq(users.practiceId, viewer.practiceId))
    ).map((u) => [u.id, u.name]),
  );
  const noteFindings = await database
    .select(findingColumns)
    .from(findings)
    .where(and(eq(findings.sessionNoteId, noteId), eq(findings.practiceId, viewer.practiceId)));
  const amendments = await database
    .select()
    .from(noteAmendments)
    .where(and(eq(noteAmendments.noteId, noteId), eq(noteAmendments.practiceId, viewer.practiceId)))
    .orderBy(asc(noteAmendments.createdAt));
  await audit(database, viewer, {
    action: "note.read",
    objectType: "session_note",
    objectId: noteId,
    outcome: "allowed",
  });
  return {
    id: row.id,
    clientId: row.clientId,
    intakeId: row.intakeId,
    visitDate: row.visitDate,
    subjective: row.subjective,
    painNow: row.painNow,
    assessment: row.assessment,
    plan: row.plan,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    signedAt: row.signedAt,
    therapistName: names.get(row.therapistId) ?? "—",
    signedByName: row.signedBy ? (names.get(row.signedBy) ?? "—") : null,
    findings: noteFindings as FindingDto[],
    amendments: amendments.map((a) => ({
      id: a.id,
      createdAt: a.createdAt,
      authorName: names.get(a.authorId) ?? "—",
      body: a.body,
    })),
  };
}

export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: "signed"; message: string }
  | {
      ok: false;
      reason: "conflict";
      message: string;
      current: Pick<
        SessionNoteDto,
        "subjective" | "painNow" | "assessment" | "plan" | "visitDate" | "version" | "updatedAt"
      >;
    };

/**
 * Saves a draft if nobody saved it since the version the editor started from (optimistic
 * check in the UPDATE itself, so two saves cannot both win). The loser gets the saved text to
 * compare; their own text stays in their form.
 */
export async function saveDraft(noteId: string, input: SessionNoteInput): Promise<SaveResult> {
  const { viewer, database } = await staffNote(noteId, "note.save");
  const { version, ...fields } = input;
  return database.transaction(async (tx): Promise<SaveResult> => {
    const [saved] = await tx
      .update(sessionNotes)
      .set({ ...fields, version: version + 1, updatedAt: new Date(), updatedBy: viewer.userId })
      .where(
        and(
          eq(sessionNotes.id, noteId),
          eq(sessionNotes.practiceId, viewer.practiceId),
          eq(sessionNotes.status, "draft"),
          eq(sessionNotes.version, version),
        ),
      )
      .returning({ version: sessionNotes.version });
    if (saved) {
      await audit(tx, viewer, {
        action: "note.save",
        objectType: "session_note",
        objectId: noteId,
        outcome: "allowed",
        detail: { version: saved.version },
      });
      return { ok: true, version: saved.version };
    }
    const [current] = await tx.select().from(sessionNotes).where(eq(sessionNotes.id, noteId));
    await audit(tx, viewer, {
      action: "note.save",
      objectType: "session_note",
      objectId: noteId,
      outcome: "failed",
      detail: { version, current: current?.version },
    });
    if (!current || current.status === "signed") {
      return {
        ok: false,
        reason: "signed",
        message: "This note has been signed and can no longer be edited. Add an amendment instead.",
      };
    }
    return {
      ok: false,
      reason: "conflict",
      message:
        "Someone else saved this note while you were editing. Your text is still in the form; the version they saved is shown below. Save again to replace it with yours.",
      current: {
        subjective: current.subjective,
        painNow: current.painNow,
        assessment: current.assessment,
        plan: current.plan,
        visitDate: current.visitDate,
        version: current.version,
        updatedAt: current.updatedAt,
      },
    };
  });
}

export type SignResult = { ok: true } | { ok: false; message: string };

/** Signs and locks a note: only the version the signer saw, only with its screen re-asked. */
export async function signNote(noteId: string, version: number): Promise<SignResult> {
  const { viewer, database } = await staffNote(noteId, "note.sign");
  return database.transaction(async (tx): Promise<SignResult> => {
    const [note] = await tx.select().from(sessionNotes).where(eq(sessionNotes.id, noteId)).for("update");
    if (!note) return { ok: false, message: "This note no longer exists." };
    if (note.status === "draft" && note.version !== version) {
      return { ok: false, message: "The note changed since you opened it. Review the saved text, then sign." };
    }
    const [screen] = await tx
      .select({ id: screenings.id })
      .from(screenings)
      .where(and(eq(screenings.sessionNoteId, noteId), isNotNull(screenings.id)))
      .limit(1);
    const reasons = signBlockers(note, Boolean(screen));
    if (reasons.length > 0) return { ok: false, message: reasons.join(" ") };
    await tx
      .update(sessionNotes)
      .set({ status: "signed", signedAt: new Date(), signedBy: viewer.userId, version: note.version + 1 })
      .where(eq(sessionNotes.id, noteId));
    await audit(tx, viewer, { action: "note.sign", objectType: "session_note", objectId: noteId, outcome: "allowed" });
    return { ok: true };
  });
}

/** A dated addition to a signed note; the note itself never changes. */
export async function addAmendment(noteId: string, body: string): Promise<SignResult> {
  const { viewer, row, database } = await staffNote(noteId, "note.amend");
  if (row.status !== "signed")
    return { ok: false, message: "Drafts are edited directly; amendments are for signed notes." };
  await database.transaction(async (tx) => {
    const [amendment] = await tx
      .insert(noteAmendments)
      .values({ practiceId: viewer.practiceId, noteId, authorId: viewer.userId, body })
      .returning({ id: noteAmendments.id });
    await audit(tx, viewer, {
      action: "note.amend",
      objectType: "session_note",
      objectId: noteId,
      outcome: "allowed",
      detail: { amendmentId: amendment!.id },
    });
  });
  return { ok: true };
}
