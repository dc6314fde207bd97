// The client's pre-visit form as other screens read it, for callers that already scoped the client.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { clients, flags, intakes, preVisitForms, screeningAnswers, screenings } from "@/db/schema";
import { reconcileScreen, type ScreenAnswer } from "@/lib/domain/flags";
import { preVisitScreen, stopConditions } from "@/lib/domain/pre-visit";
import type { PreVisitInput } from "@/lib/validation/pre-visit";
import { audit, type AuditActor } from "./audit";

type Tx = Pick<Db, "select" | "insert" | "update">;

export interface PreVisitResult {
  ok: true;
  /** Stop-level conditions among the answers: the client must contact the practice first. */
  stop: ContraindicationId[];
}
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

/**
 * Saves a client's pre-visit form, in the caller's transaction, as `who` sent it (their login, or
 * null through a booking's emailed link). Its health answers are recorded as a screening of the
 * client, and the flags they open are opened at once through the same rule as the therapist's
 * screen (lib/domain/flags.ts `reconcileScreen`), so a stop-level answer blocks hands-on work
 * before anyone reads the form. Unlike the therapist's screen, the client's "no" resolves
 * nothing: a flag a clinician opened is closed by a clinician. Consent typed here is recorded
 * only when none is on file, like the portal's consent page.
 */
export async function recordPreVisit(
  tx: Tx,
  actor: AuditActor,
  who: { practiceId: string; clientId: string; userId: string | null },
  input: PreVisitInput,
): Promise<PreVisitResult> {
  const screen = preVisitScreen(input.answers);
  {
    // One screen of a client at a time (as lib/dal/screens.ts): two submissions must not both open a flag.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, who.clientId)).for("no key update");
    const [screening] = await tx
      .insert(screenings)
      .values({ practiceId: who.practiceId, clientId: who.clientId, recordedBy: who.userId })
      .returning({ id: screenings.id });
    await tx.insert(screeningAnswers).values(
      screen.map((a) => ({
        practiceId: who.practiceId,
        screeningId: screening!.id,
        contraindicationId: a.contraindicationId,
        answer: a.answer,
        note: "Client's pre-visit form",
      })),
    );
    const open = await tx
      .select({ id: flags.id, contraindicationId: flags.contraindicationId })
      .from(flags)
      .where(and(eq(flags.clientId, who.clientId), eq(flags.practiceId, who.practiceId), eq(flags.status, "open")))
      .for("update");
    const opened = reconcileScreen(open as { id: string; contraindicationId: ContraindicationId }[], screen).open;
    if (opened.length > 0) {
      await tx.insert(flags).values(
        opened.map((contraindicationId) => ({
          practiceId: who.practiceId,
          clientId: who.clientId,
          contraindicationId,
          openedBy: who.userId,
          openedByScreening: screening!.id,
          note: "Answered on the client's pre-visit form",
        })),
      );
    }
    const { consentName, answers, ...fields } = input;
    const [form] = await tx
      .insert(preVisitForms)
      .values({
        ...fields,
        practiceId: who.practiceId,
        clientId: who.clientId,
        submittedBy: who.userId,
        screeningId: screening!.id,
      })
      .returning({ id: preVisitForms.id });
    const consented = consentName
      ? await tx
          .update(clients)
          .set({ consentName, consentAt: new Date(), consentRecordedBy: who.userId })
          .where(and(eq(clients.id, who.clientId), eq(clients.practiceId, who.practiceId), isNull(clients.consentAt)))
          .returning({ id: clients.id })
      : [];
    await audit(tx, actor, {
      action: actor.role === "public" ? "booking.previsit" : "portal.previsit",
      objectType: "pre-visit-form",
      objectId: form!.id,
      outcome: "allowed",
      detail: { clientId: who.clientId, opened, consent: consented.length > 0 },
    });
    return { ok: true, stop: stopConditions(answers) };
  }
}
