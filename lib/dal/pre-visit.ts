// The pre-visit form: filled by the client in the portal, read by the therapist's new intake.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { clients, flags, intakes, practices, preVisitForms, screeningAnswers, screenings } from "@/db/schema";
import { reconcileScreen } from "@/lib/domain/flags";
import { preVisitScreen, stopConditions } from "@/lib/domain/pre-visit";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { PreVisitInput } from "@/lib/validation/pre-visit";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { portalViewer } from "./internal/guard";
import { answersOf } from "./internal/pre-visit";

export interface MyPreVisit {
  timeZone: string;
  practiceName: string;
  practicePhone: string | null;
  consentOnFile: boolean;
  /** The latest form sent, and the stop-level conditions its answers point to. */
  last: { submittedAt: Date; stop: ContraindicationId[] } | null;
}

/** The portal's pre-visit page: whether a form was sent, and whether consent is on file. Audited. */
export async function getMyPreVisit(): Promise<MyPreVisit> {
  const viewer = await portalViewer("portal.previsit");
  const database = await db();
  const [[practice], [last]] = await Promise.all([
    database
      .select({ name: practices.name, phone: practices.phone, consentAt: clients.consentAt })
      .from(clients)
      .innerJoin(practices, eq(practices.id, clients.practiceId))
      .where(and(eq(clients.id, viewer.clientId), eq(clients.practiceId, viewer.practiceId))),
    database
      .select({ submittedAt: preVisitForms.submittedAt, screeningId: preVisitForms.screeningId })
      .from(preVisitForms)
      .where(and(eq(preVisitForms.clientId, viewer.clientId), eq(preVisitForms.practiceId, viewer.practiceId)))
      .orderBy(desc(preVisitForms.submittedAt))
      .limit(1),
  ]);
  const answers = last ? await answersOf(database, viewer.practiceId, last.screeningId) : null;
  await audit(database, viewer, {
    action: "portal.previsit",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
    detail: { shown: ["pre-visit"] },
  });
  return {
    timeZone: viewer.timeZone,
    practiceName: practice!.name,
    practicePhone: practice!.phone,
    consentOnFile: Boolean(practice!.consentAt),
    last: last && answers ? { submittedAt: last.submittedAt, stop: stopConditions(answers) } : null,
  };
}

export interface PreVisitResult {
  ok: true;
  /** Stop-level conditions among the answers: the client must contact the practice first. */
  stop: ContraindicationId[];
}

/**
 * Saves the client's pre-visit form. Its health answers are recorded as a screening of the
 * client, and the flags they open are opened at once through the same rule as the therapist's
 * screen (lib/domain/flags.ts `reconcileScreen`), so a stop-level answer blocks hands-on work
 * before anyone reads the form. Unlike the therapist's screen, the client's "no" resolves
 * nothing: a flag a clinician opened is closed by a clinician. Consent typed here is recorded
 * only when none is on file, like the portal's consent page.
 */
export async function submitMyPreVisit(input: PreVisitInput): Promise<PreVisitResult> {
  const viewer = await portalViewer("portal.previsit");
  const database = await db();
  const screen = preVisitScreen(input.answers);
  return database.transaction(async (tx): Promise<PreVisitResult> => {
    // One screen of a client at a time (as lib/dal/screens.ts): two submissions must not both open a flag.
    await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, viewer.clientId)).for("no key update");
    const [screening] = await tx
      .insert(screenings)
      .values({ practiceId: viewer.practiceId, clientId: viewer.clientId, recordedBy: viewer.userId })
      .returning({ id: screenings.id });
    await tx.insert(screeningAnswers).values(
      screen.map((a) => ({
        practiceId: viewer.practiceId,
        screeningId: screening!.id,
        contraindicationId: a.contraindicationId,
        answer: a.answer,
        note: "Client's pre-visit form",
      })),
    );
    const open = await tx
      .select({ id: flags.id, contraindicationId: flags.contraindicationId })
      .from(flags)
      .where(
        and(eq(flags.clientId, viewer.clientId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")),
      )
      .for("update");
    const opened = reconcileScreen(open as { id: string; contraindicationId: ContraindicationId }[], screen).open;
    if (opened.length > 0) {
      await tx.insert(flags).values(
        opened.map((contraindicationId) => ({
          practiceId: viewer.practiceId,
          clientId: viewer.clientId,
          contraindicationId,
          openedBy: viewer.userId,
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
        practiceId: viewer.practiceId,
        clientId: viewer.clientId,
        submittedBy: viewer.userId,
        screeningId: screening!.id,
      })
      .returning({ id: preVisitForms.id });
    const consented = consentName
      ? await tx
          .update(clients)
          .set({ consentName, consentAt: new Date(), consentRecordedBy: viewer.userId })
          .where(
            and(eq(clients.id, viewer.clientId), eq(clients.practiceId, viewer.practiceId), isNull(clients.consentAt)),
          )
          .returning({ id: clients.id })
      : [];
    await audit(tx, viewer, {
      action: "portal.previsit",
      objectType: "pre-visit-form",
      objectId: form!.id,
      outcome: "allowed",
      detail: { clientId: viewer.clientId, opened, consent: consented.length > 0 },
    });
    return { ok: true, stop: stopConditions(answers) };
  });
}

/**
 * Whether the portal should ask for the pre-visit form: the client has sent none and no intake
 * has been recorded yet (after the first visit the therapist's intake has the answers). A yes/no,
 * like myConsentMissing: no audit row.
 */
export async function myPreVisitMissing(): Promise<boolean> {
  const viewer = await portalViewer("portal.previsit");
  const database = await db();
  const scope = (t: typeof preVisitForms | typeof intakes) =>
    and(eq(t.clientId, viewer.clientId), eq(t.practiceId, viewer.practiceId));
  const [[form], [intake]] = await Promise.all([
    database.select({ id: preVisitForms.id }).from(preVisitForms).where(scope(preVisitForms)).limit(1),
    database.select({ id: intakes.id }).from(intakes).where(scope(intakes)).limit(1),
  ]);
  return !form && !intake;
}
