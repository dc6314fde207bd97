// SOAP session notes: start, read, save with a version check, sign and lock, amend.
import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { clients, findings, noteAmendments, screenings, sessionNotes, users } from "@/db/schema";
import { signBlockers, type SignBlocker } from "@/lib/domain/charting";
import { dayIn } from "@/lib/domain/days";
import type { SessionNoteInput } from "@/lib/validation/session-note";
import { audit } from "./internal/audit";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags } from "./internal/flags";
import { scopeChild } from "./internal/scope";
import { loadFindings, loadScreens, type FindingDto, type VisitScreen } from "./internal/visit";

export type { FindingDto, VisitScreen } from "./internal/visit";

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
  const { viewer, row: intake, database } = await scopeChild("note.create", "intake", intakeId);
  const today = dayIn(viewer.timeZone, new Date());
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

/** The session note page: the note, its findings, amendments and screen, under the client's header. */
export interface SessionNoteScreen {
  timeZone: string;
  header: ClientHeader;
  note: SessionNoteDto;
  screen: VisitScreen | null;
  /** The client's latest screen at any visit: the answers the screen form starts from. */
  lastScreen: VisitScreen | null;
}

/** One note of one client: a note of another client under this address is not found. */
export async function getSessionNoteScreen(clientId: string, noteId: string): Promise<SessionNoteScreen> {
  const { viewer, client, row, database } = await scopeChild("note.read", "note", noteId, clientId);
  const { practiceId } = viewer;
  const [flags, names, noteFindings, amendments, { screen, lastScreen }] = await Promise.all([
    loadFlags(database, practiceId, clientId, "open"),
    database.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.practiceId, practiceId)),
    loadFindings(database, practiceId, { noteId }),
    database
      .select()
      .from(noteAmendments)
      .where(and(eq(noteAmendments.noteId, noteId), eq(noteAmendments.practiceId, practiceId)))
      .orderBy(asc(noteAmendments.createdAt)),
    loadScreens(database, practiceId, clientId, { noteId }),
  ]);
  const nameOf = (id: string) => names.find((u) => u.id === id)?.name ?? "—";
  await audit(database, viewer, {
    action: "note.read",
    objectType: "session_note",
    objectId: noteId,
    outcome: "allowed",
    detail: { shown: ["header", "note", "findings", "amendments", "screen"] },
  });
  return {
    timeZone: viewer.timeZone,
    header: headerOf(client, flags.open, viewer.role),
    screen,
    lastScreen,
    note: {
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
      therapistName: nameOf(row.therapistId),
      signedByName: row.signedBy ? nameOf(row.signedBy) : null,
      findings: noteFindings,
      amendments: amendments.map((a) => ({
        id: a.id,
        createdAt: a.createdAt,
        authorName: nameOf(a.authorId),
        body: a.body,
      })),
    },
  };
}

export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; code: "note.signed" }
  | {
      ok: false;
      code: "note.conflict";
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
  const { viewer, database } = await scopeChild("note.save", "note", noteId);
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
      return { ok: false, code: "note.signed" };
    }
    return {
      ok: false,
      code: "note.conflict",
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

export type SignResult =
  | { ok: true }
  | { ok: false; code: "note.changed" }
  | { ok: false; code: "note.sign-blocked"; blockers: SignBlocker[] };

/** The note's text as the signer's screen shows it (the draft form's fields). */
export type NoteText = Omit<SessionNoteInput, "version">;

/**
 * Signs and locks a note: only the version the signer saw, only with its screen re-asked and the
 * client's consent to treatment on file (lib/domain/charting.ts signBlockers). With
 * `text`, what the signer's screen shows is saved and signed in the same step (issue 13, bug 1:
 * edits typed after the last draft save were signed away); a refusal writes nothing, and the
 * unsaved text stays in the signer's form.
 */
export async function signNote(noteId: string, version: number, text?: NoteText): Promise<SignResult> {
  const { viewer, database } = await scopeChild("note.sign", "note", noteId);
  return database.transaction(async (tx): Promise<SignResult> => {
    const [note] = await tx.select().from(sessionNotes).where(eq(sessionNotes.id, noteId)).for("update");
    if (note!.status === "draft" && note!.version !== version) return { ok: false, code: "note.changed" };
    const [screen] = await tx
      .select({ id: screenings.id })
      .from(screenings)
      .where(and(eq(screenings.sessionNoteId, noteId), isNotNull(screenings.id)))
      .limit(1);
    const [client] = await tx
      .select({ consentAt: clients.consentAt })
      .from(clients)
      .where(and(eq(clients.id, note!.clientId), eq(clients.practiceId, viewer.practiceId)));
    const blockers = signBlockers(text ? { ...note!, ...text } : note!, {
      screenRecorded: Boolean(screen),
      consentRecorded: Boolean(client?.consentAt),
    });
    if (blockers.length > 0) return { ok: false, code: "note.sign-blocked", blockers };
    const edited = text ? (Object.keys(text) as (keyof NoteText)[]).filter((k) => text[k] !== note![k]) : [];
    const now = new Date();
    await tx
      .update(sessionNotes)
      .set({
        ...(edited.length > 0 ? { ...text, updatedAt: now, updatedBy: viewer.userId } : {}),
        status: "signed",
        signedAt: now,
        signedBy: viewer.userId,
        version: note!.version + 1,
      })
      .where(eq(sessionNotes.id, noteId));
    await audit(tx, viewer, {
      action: "note.sign",
      objectType: "session_note",
      objectId: noteId,
      outcome: "allowed",
      ...(edited.length > 0 ? { detail: { savedWithSigning: edited } } : {}),
    });
    return { ok: true };
  });
}

export type AmendResult = { ok: true } | { ok: false; code: "note.not-signed" };

/** A dated addition to a signed note; the note itself never changes. */
export async function addAmendment(noteId: string, body: string): Promise<AmendResult> {
  const { viewer, row, database } = await scopeChild("note.amend", "note", noteId);
  if (row.status !== "signed") return { ok: false, code: "note.not-signed" };
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
