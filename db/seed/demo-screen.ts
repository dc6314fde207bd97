import type { Db } from "../client";
import { screeningAnswers, screenings } from "../schema";
import { CONTRAINDICATIONS, type ContraindicationId } from "../../lib/domain/reference";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** A complete demo screen at a visit: "yes" to one condition (with the therapist's note), "no" to every other. */
export async function recordDemoScreen(
  tx: Tx,
  ids: { practiceId: string; clientId: string; recordedBy: string; recordedAt: Date },
  visit: { intakeId: string } | { sessionNoteId: string },
  yes: { id: ContraindicationId; note: string } | null,
): Promise<string> {
  const [row] = await tx
    .insert(screenings)
    .values({ ...ids, ...visit })
    .returning({ id: screenings.id });
  await tx.insert(screeningAnswers).values(
    CONTRAINDICATIONS.map((c) => ({
      practiceId: ids.practiceId,
      screeningId: row!.id,
      contraindicationId: c.id,
      answer: c.id === yes?.id ? ("yes" as const) : ("no" as const),
      note: c.id === yes?.id ? yes.note : null,
    })),
  );
  return row!.id;
}
