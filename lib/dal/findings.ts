// Trigger-point findings recorded at a visit (an intake, or a draft session note).
import "server-only";
import { and, eq } from "drizzle-orm";
import { findings } from "@/db/schema";
import type { FindingInput } from "@/lib/validation/finding";
import { audit } from "./internal/audit";
import { scopeChild } from "./internal/scope";
import { lockDraft, lockIntake, type Visit } from "./internal/visit";

export type { FindingDto } from "./internal/visit";

export type FindingResult = { ok: true } | { ok: false; code: "note.signed" };

/** The intake, or the session note, a visit names, loaded for the policy. */
export const scopeVisit = (action: "finding.save" | "screen.record", visit: Visit) =>
  "intakeId" in visit ? scopeChild(action, "intake", visit.intakeId) : scopeChild(action, "note", visit.noteId);

/**
 * Records (or re-records) the finding for one muscle and side at a visit: the intake, or a
 * session note while it is a draft. A signed note's findings are locked like the note.
 */
export async function saveFinding(visit: Visit, input: FindingInput): Promise<FindingResult> {
  const { viewer, row, database } = await scopeVisit("finding.save", visit);
  const link =
    "intakeId" in visit ? { intakeId: row.id, sessionNoteId: null } : { intakeId: null, sessionNoteId: row.id };
  const target = "intakeId" in visit ? findings.intakeId : findings.sessionNoteId;
  return database.transaction(async (tx): Promise<FindingResult> => {
    // Check and write under the visit's row lock: a signature cannot slip in between, and
    // concurrent saves of one muscle replace each other instead of colliding on the unique index.
    if ("noteId" in visit && !(await lockDraft(tx, row.id))) return { ok: false, code: "note.signed" };
    if ("intakeId" in visit) await lockIntake(tx, row.id);
    await tx
      .delete(findings)
      .where(
        and(
          eq(target, row.id),
          eq(findings.muscleId, input.muscleId),
          eq(findings.side, input.side),
          eq(findings.practiceId, viewer.practiceId),
        ),
      );
    const [saved] = await tx
      .insert(findings)
      .values({ ...input, ...link, practiceId: viewer.practiceId, clientId: row.clientId, recordedBy: viewer.userId })
      .returning({ id: findings.id });
    await audit(tx, viewer, {
      action: "finding.save",
      objectType: "finding",
      objectId: saved!.id,
      outcome: "allowed",
      detail: { muscleId: input.muscleId, side: input.side, tenderness: input.tenderness },
    });
    return { ok: true };
  });
}
