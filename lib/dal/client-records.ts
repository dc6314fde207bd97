// Creating and editing a client's details and consent, and the forms that do it.
import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { clients, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { statusAfter, type ClientStatus, type StatusChange } from "@/lib/domain/client-status";
import type { ClientInput } from "@/lib/validation/client";
import { audit } from "./internal/audit";
import { revokeOpenInvitations, sameEmail } from "./internal/client-invitations";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { db } from "./internal/database";
import { loadFlags } from "./internal/flags";
import { authorize } from "./internal/guard";
import { scopeClient } from "./internal/scope";
import { mayAtAll } from "./policy";

export interface TherapistOption {
  id: string;
  name: string;
}

/** The staff of a practice who can be a client's primary therapist. */
function therapistsOf(database: Pick<Db, "select">, practiceId: string): Promise<TherapistOption[]> {
  return database
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(eq(users.practiceId, practiceId), inArray(users.role, ["therapist", "admin"]), eq(users.disabled, false)),
    )
    .orderBy(asc(users.displayName));
}

/** The new-client form: the practice's therapists to choose from. */
export async function getNewClientForm(): Promise<{ therapists: TherapistOption[] }> {
  const viewer = await authorize("client.create", "client");
  return { therapists: await therapistsOf(await db(), viewer.practiceId) };
}

export interface ClientForm {
  header: ClientHeader;
  values: ClientInput;
  therapists: TherapistOption[];
}

/** The edit-details form of a client, with the header every client page shows. */
export async function getClientForm(clientId: string): Promise<ClientForm> {
  const { viewer, client, database } = await scopeClient("client.read", clientId);
  // Open flags are clinical: the front desk edits contact details without seeing them.
  const clinical = mayAtAll(viewer.role, "chart.read");
  const [flags, therapists] = await Promise.all([
    clinical ? loadFlags(database, viewer.practiceId, clientId, "open") : { open: [], closed: [] },
    therapistsOf(database, viewer.practiceId),
  ]);
  await audit(database, viewer, {
    action: "client.read",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
  });
  const { givenName, familyName, dateOfBirth, email, phone, primaryTherapistId } = client;
  return {
    header: headerOf(client, flags.open, viewer.role),
    values: { givenName, familyName, dateOfBirth, email, phone, primaryTherapistId },
    therapists,
  };
}

export type ClientWriteResult = { ok: true; id: string } | { ok: false; code: "client.unknown-therapist" };

/** The therapist id from a form, kept only if it names a therapist of the viewer's practice. */
async function checkedTherapist(database: Pick<Db, "select">, practiceId: string, therapistId: string | null) {
  if (!therapistId) return null;
  const options = await therapistsOf(database, practiceId);
  return options.some((t) => t.id === therapistId) ? therapistId : "invalid";
}

export async function createClient(input: ClientInput): Promise<ClientWriteResult> {
  const viewer = await authorize("client.create", "client");
  const database = await db();
  const therapistId = await checkedTherapist(database, viewer.practiceId, input.primaryTherapistId);
  if (therapistId === "invalid") return { ok: false, code: "client.unknown-therapist" };
  const id = await database.transaction(async (tx) => {
    const [row] = await tx
      .insert(clients)
      .values({ ...input, primaryTherapistId: therapistId, practiceId: viewer.practiceId })
      .returning({ id: clients.id });
    await audit(tx, viewer, { action: "client.create", objectType: "client", objectId: row!.id, outcome: "allowed" });
    return row!.id;
  });
  return { ok: true, id };
}

/**
 * Saves a client's details. A changed email revokes the client's open portal invitations in the
 * same transaction: a link sent to the old (perhaps mistyped) address must not create a login.
 */
export async function updateClient(clientId: string, input: ClientInput): Promise<ClientWriteResult> {
  const { viewer, database } = await scopeClient("client.update", clientId);
  const therapistId = await checkedTherapist(database, viewer.practiceId, input.primaryTherapistId);
  if (therapistId === "invalid") return { ok: false, code: "client.unknown-therapist" };
  const ofPractice = and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId));
  await database.transaction(async (tx) => {
    // Read under the row lock: an invitation accepted meanwhile sees the new address or none.
    const [before] = await tx.select({ email: clients.email }).from(clients).where(ofPractice).for("update");
    await tx
      .update(clients)
      .set({ ...input, primaryTherapistId: therapistId, updatedAt: new Date() })
      .where(ofPractice);
    const revoked = sameEmail(before?.email, input.email)
      ? []
      : await revokeOpenInvitations(tx, viewer.practiceId, clientId);
    await audit(tx, viewer, {
      action: "client.update",
      objectType: "client",
      objectId: clientId,
      outcome: "allowed",
      ...(revoked.length > 0 ? { detail: { emailChanged: true, invitationsRevoked: revoked } } : {}),
    });
  });
  return { ok: true, id: clientId };
}

export type StatusChangeResult = { ok: true; status: ClientStatus } | { ok: false; code: "client.status-unchanged" };

/**
 * Discharge a client, or reactivate a discharged one (the rule: lib/domain/client-status). A
 * change that no longer applies (a second click, another therapist got there first) changes
 * nothing and says so.
 */
export async function changeClientStatus(clientId: string, change: StatusChange): Promise<StatusChangeResult> {
  const { viewer, client, database } = await scopeClient("client.status", clientId);
  const status = statusAfter(client.status, change);
  if (!status) return { ok: false, code: "client.status-unchanged" };
  const changed = await database.transaction(async (tx) => {
    const rows = await tx
      .update(clients)
      .set({ status, updatedAt: new Date() })
      .where(
        and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId), eq(clients.status, client.status)),
      )
      .returning({ id: clients.id });
    if (rows.length === 0) return false;
    await audit(tx, viewer, {
      action: "client.status",
      objectType: "client",
      objectId: clientId,
      outcome: "allowed",
      detail: { from: client.status, to: status },
    });
    return true;
  });
  return changed ? { ok: true, status } : { ok: false, code: "client.status-unchanged" };
}

/**
 * Consent to treatment, as the client typed their name, stamped now and recorded as taken by the
 * viewer. Consent already on file (given in the portal meanwhile, say) stays as it was: false.
 */
export async function recordConsent(clientId: string, consentName: string): Promise<boolean> {
  const { viewer, database } = await scopeClient("client.consent", clientId);
  return database.transaction(async (tx) => {
    const recorded = await tx
      .update(clients)
      .set({ consentName, consentAt: new Date(), consentRecordedBy: viewer.userId })
      .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId), isNull(clients.consentAt)))
      .returning({ id: clients.id });
    if (recorded.length === 0) return false;
    await audit(tx, viewer, {
      action: "client.consent",
      objectType: "client",
      objectId: clientId,
      outcome: "allowed",
      detail: { via: "clinic" },
    });
    return true;
  });
}
