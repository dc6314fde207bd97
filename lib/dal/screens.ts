// Contraindication screens recorded at a visit, and the flags they open or resolve.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { clients, flags, screeningAnswers, screenings } from "@/db/schema";
import { reconcileScreen, screenChanges, type ScreenChange } from "@/lib/domain/flags";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { ScreenInput } from "@/lib/validation/screen";
import { scopeVisit } from "./findings";
import { audit } from "./internal/audit";
import { loadLastAnswers, lockDraft, type Visit } from "./internal/visit";

export type ScreenResult =
  { ok: true; opened: ContraindicationId[]; changed: ScreenChange[] } | { ok: false; code: "note.signed" };

/**
 * Records a contraindication screen at a visit and updates the client's flags: new yes/unknown
 * answers open flags, a "no" resolves local holds and cautions (lib/domain/flags.ts).
 * Answering again at the same visit records a new screen; the latest one stands. The answers
 * that differ from the client's previous screen are named in the result.
 */
export async function recordScreen(visit: Visit, input: ScreenInput): Promise<ScreenResult> {
  const { viewer, row, database } = await scopeVisit("screen.record", visit);
  const link = "intakeId" in visit ? { intakeId: row.id } : { sessionNoteId: row.id };
  const answers = Object.entries(input.answers).map(([contraindicationId, a]) => ({
    contraindicationId: contraindicationId as ContraindicationId,
    answer: a.answer,
    note: a.note,
  }));
  return database.transaction(async (tx): Promise<ScreenResult> => {
    if ("noteId" in visit && !(await lockDraft(tx, row.id))) return { ok: false, code: "note.signed" };
    // One screen of a client at a time: locking the open flags below cannot stop two screens
    // (a double click) from both seeing no flag and both opening one. "No key update" still
    // lets other writes that reference the client (a pain log, a plan) go ahead.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, row.clientId)).for("no key update");
    const previous = await loadLastAnswers(tx, viewer.practiceId, row.clientId);
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
    const changed = screenChanges(previous, input.answers);
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
      detail: {
        clientId: row.clientId,
        opened: change.open,
        resolved: change.resolve.length,
        changed: changed.map((c) => c.contraindicationId),
      },
    });
    return { ok: true, opened: change.open, changed };
  });
}
