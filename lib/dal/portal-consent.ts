// The client's consent to treatment, given in their own portal.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { clients, practices } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { portalViewer } from "./internal/guard";

export interface MyConsent {
  timeZone: string;
  practiceName: string;
  /** When and under which typed name consent is on file (from the clinic or this portal); null when not yet. */
  given: { name: string; at: Date } | null;
}

/** The portal's consent page: the client's own consent on file, if any, read and audited. */
export async function getMyConsent(): Promise<MyConsent> {
  const viewer = await portalViewer("portal.consent");
  const database = await db();
  const [row] = await database
    .select({ name: clients.consentName, at: clients.consentAt, practiceName: practices.name })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .where(and(eq(clients.id, viewer.clientId), eq(clients.practiceId, viewer.practiceId)));
  await audit(database, viewer, {
    action: "portal.consent",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
    detail: { shown: ["consent"] },
  });
  return {
    timeZone: viewer.timeZone,
    practiceName: row!.practiceName,
    given: row!.at ? { name: row!.name ?? "", at: row!.at } : null,
  };
}

/** Whether the client's consent is still missing: the portal's prompt to give it (no audit row: a yes/no). */
export async function myConsentMissing(): Promise<boolean> {
  const viewer = await portalViewer("portal.consent");
  const [row] = await (
    await db()
  )
    .select({ at: clients.consentAt })
    .from(clients)
    .where(and(eq(clients.id, viewer.clientId), eq(clients.practiceId, viewer.practiceId)));
  return !row?.at;
}

export type GiveConsentResult = { ok: true } | { ok: false; code: "consent.already-given" };

/**
 * Consent to treatment as the client typed their name in the portal, stamped now and recorded
 * as given by their own login (the clinic's form records the staff member who took it). Consent
 * already on file stays as it was: a second submission changes nothing.
 */
export async function giveMyConsent(consentName: string): Promise<GiveConsentResult> {
  const viewer = await portalViewer("portal.consent");
  const database = await db();
  return database.transaction(async (tx): Promise<GiveConsentResult> => {
    const recorded = await tx
      .update(clients)
      .set({ consentName, consentAt: new Date(), consentRecordedBy: viewer.userId })
      .where(and(eq(clients.id, viewer.clientId), eq(clients.practiceId, viewer.practiceId), isNull(clients.consentAt)))
      .returning({ id: clients.id });
    if (recorded.length === 0) return { ok: false, code: "consent.already-given" };
    await audit(tx, viewer, {
      action: "portal.consent",
      objectType: "client",
      objectId: viewer.clientId,
      outcome: "allowed",
      detail: { via: "portal" },
    });
    return { ok: true };
  });
}
