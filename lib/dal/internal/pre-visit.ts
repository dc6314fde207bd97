// The client's pre-visit form as other screens read it, for callers that already scoped the client.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { intakes, preVisitForms, screeningAnswers } from "@/db/schema";
import type { ScreenAnswer } from "@/lib/domain/flags";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";

/** The answers of one screening, by condition. */
export async function answersOf(
  database: Pick<Db, "select">,
  practiceId: string,
  screeningId: string,
): Promise<Partial<Record<ContraindicationId, ScreenAnswer>>> {
  const rows = await database
    .select({ id: screeningAnswers.contraindicationId, answer: screeningAnswers.answer })
    .from(screeningAnswers)
    .where(and(eq(screeningAnswers.screeningId, screeningId), eq(screeningAnswers.practiceId, practiceId)));
  return Object.fromEntries(rows.map((r) => [r.id, r.answer]));
}

/** What the therapist's new intake starts from: the client's latest pre-visit form, if no intake came after it. */
export interface PreVisitPrefill {
  submittedAt: Date;
  complaint: string;
  painSites: { muscleId: string; side: "left" | "right" }[];
  onsetDate: string | null;
  onset: string | null;
  activities: string[];
  medicalHistory: string | null;
  medications: string | null;
  answers: Partial<Record<ContraindicationId, ScreenAnswer>>;
}

/**
 * The latest pre-visit form of a client already scoped by the caller (lib/dal/intakes.ts), unless
 * an intake was recorded since: that intake already took the form's answers in.
 */
export async function loadPreVisitPrefill(
  database: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
): Promise<PreVisitPrefill | null> {
  const [form] = await database
    .select()
    .from(preVisitForms)
    .where(and(eq(preVisitForms.clientId, clientId), eq(preVisitForms.practiceId, practiceId)))
    .orderBy(desc(preVisitForms.submittedAt))
    .limit(1);
  if (!form) return null;
  const [latestIntake] = await database
    .select({ at: intakes.createdAt })
    .from(intakes)
    .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, practiceId)))
    .orderBy(desc(intakes.createdAt))
    .limit(1);
  if (latestIntake && latestIntake.at > form.submittedAt) return null;
  return {
    submittedAt: form.submittedAt,
    complaint: form.complaint,
    painSites: form.painSites,
    onsetDate: form.onsetDate,
    onset: form.onset,
    activities: form.activities,
    medicalHistory: form.medicalHistory,
    medications: form.medications,
    answers: await answersOf(database, practiceId, form.screeningId),
  };
}
