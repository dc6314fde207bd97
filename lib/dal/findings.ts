import "server-only";
import { and, eq } from "drizzle-orm";
import { findings } from "@/db/schema";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { FindingInput } from "@/lib/validation/finding";
import { audit } from "./audit";
import { lockDraft, staffIntake, staffNote } from "./scope";

export interface FindingDto {
  id: string;
  muscleId: MuscleId;
  side: "left" | "right";
  tenderness: number;
  pointType: "active" | "latent";
  reproducesPain: boolean;
  notes: string | null;
}

export const findingColumns = {
  id: findings.id,
  muscleId: findings.muscleId,
  side: findings.side,
  tenderness: findings.tenderness,
  pointType: findings.pointType,
  reproducesPain: findings.reproducesPain,
  notes: findings.notes,
};

export type FindingResult = { ok: true } | { ok: false; message: string };

/**
 * Records (or re-records) the finding for one muscle and side at a visit: the intake, or a
 * session note while it is a draft. A signed note's findings are locked like the note.
 */
export async function saveFinding(
  visit: { intakeId: string } | { noteId: string },
  input: FindingInput,
): Promise<FindingResult> {
  const scoped =
    "intakeId" in visit
      ? await staffIntake(visit.intakeId, "finding.save")
      : await staffNote(visit.noteId, "finding.save");
  const { viewer, row, database } = scoped;
  const link =
    "intakeId" in visit ? { intakeId: row.id, sessionNoteId: null } : { intakeId: null, sessionNoteId: row.id };
  const target = "intakeId" in visit ? findings.intakeId : findings.sessionNoteId;
  return database.transaction(async (tx): Promise<FindingResult> => {
    // Check and write under the note's row lock, so a signature cannot slip in between.
    if ("noteId" in visit && !(await lockDraft(tx, row.id))) {
      return {
        ok: false,
        message: "This session note is signed; its findings can no longer change. Add an amendment instead.",
      };
    }
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
