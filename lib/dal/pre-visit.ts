// The pre-visit form: filled by the client in the portal, read by the therapist's new intake.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { clients, intakes, practices, preVisitForms } from "@/db/schema";
import { stopConditions } from "@/lib/domain/pre-visit";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { PreVisitInput } from "@/lib/validation/pre-visit";
import type { PublicPractice } from "./booking";
import { loadByToken } from "./internal/appointments";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { portalViewer } from "./internal/guard";
import { answersOf, recordPreVisit, type PreVisitResult } from "./internal/pre-visit";

export type { PreVisitResult } from "./internal/pre-visit";

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

/** Saves the signed-in client's pre-visit form (lib/dal/internal/pre-visit.ts `recordPreVisit`), audited. */
export async function submitMyPreVisit(input: PreVisitInput): Promise<PreVisitResult> {
  const viewer = await portalViewer("portal.previsit");
  const database = await db();
  return database.transaction((tx) =>
    recordPreVisit(
      tx,
      viewer,
      { practiceId: viewer.practiceId, clientId: viewer.clientId, userId: viewer.userId },
      input,
    ),
  );
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

/** The booking link's pre-visit page: whose practice, when the visit is, and whether consent is on file. */
export interface LinkedPreVisit {
  /** The practice as its public booking pages show it (name, address, phone). */
  practice: PublicPractice;
  start: Date;
  consentOnFile: boolean;
}

/**
 * The pre-visit form through an online booking's emailed link (app/book/manage/[token]): the
 * link is the only key, as for moving or cancelling the booking, and it opens the form only while
 * the booking stands. Null when the link is not (or no longer) valid. Nothing of the client's
 * record is shown: whoever holds the link may add answers, not read them.
 */
export async function getPreVisitByLink(token: string): Promise<LinkedPreVisit | null> {
  const database = await db();
  const loaded = await loadByToken(database, token);
  if (!loaded || loaded.appointment.status !== "booked") return null;
  const [client] = await database
    .select({ consentAt: clients.consentAt })
    .from(clients)
    .where(and(eq(clients.id, loaded.appointment.clientId), eq(clients.practiceId, loaded.practice.id)));
  return {
    practice: {
      name: loaded.practice.name,
      slug: loaded.practice.slug,
      phone: loaded.practice.phone,
      address: loaded.practice.address,
      timeZone: loaded.practice.timeZone,
    },
    start: loaded.appointment.startsAt,
    consentOnFile: Boolean(client?.consentAt),
  };
}

/** Saves a pre-visit form sent through a booking's link, for the booking's client; audited as the public. */
export async function submitPreVisitByLink(
  token: string,
  input: PreVisitInput,
): Promise<PreVisitResult | { ok: false; code: "booking.link-invalid" }> {
  const database = await db();
  const loaded = await loadByToken(database, token);
  if (!loaded || loaded.appointment.status !== "booked") return { ok: false, code: "booking.link-invalid" };
  const { practiceId, clientId } = loaded.appointment;
  return database.transaction((tx) =>
    recordPreVisit(tx, { userId: null, role: "public", practiceId }, { practiceId, clientId, userId: null }, input),
  );
}
