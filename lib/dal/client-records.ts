import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { clients, users } from "@/db/schema";
import type { ClientInput } from "@/lib/validation/client";
import { audit } from "./audit";
import { db } from "./database";
import { staffClient } from "./scope";
import { requireStaff, type Viewer } from "./viewer";

export interface TherapistOption {
  id: string;
  name: string;
}

/** Therapists of the viewer's practice, for the primary-therapist choice. */
export async function listTherapists(): Promise<TherapistOption[]> {
  const viewer = await requireStaff({ action: "therapist.list", objectType: "user" });
  const database = await db();
  return database
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.practiceId, viewer.practiceId),
        inArray(users.role, ["therapist", "admin"]),
        eq(users.disabled, false),
      ),
    )
    .orderBy(asc(users.displayName));
}

/** The therapist id from a form, kept only if it names a therapist of the viewer's practice. */
async function checkedTherapist(viewer: Viewer, therapistId: string | null): Promise<string | null | "invalid"> {
  if (!therapistId) return null;
  const options = await listTherapists();
  return options.some((t) => t.id === therapistId) ? therapistId : "invalid";
}

export type ClientWriteResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

const badTherapist = { ok: false, errors: { primaryTherapistId: "Choose a therapist from the list." } } as const;

export async function createClient(input: ClientInput): Promise<ClientWriteResult> {
  const viewer = await requireStaff({ action: "client.create", objectType: "client" });
  const therapistId = await checkedTherapist(viewer, input.primaryTherapistId);
  if (therapistId === "invalid") return badTherapist;
  const database = await db();
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

export async function updateClient(clientId: string, input: ClientInput): Promise<ClientWriteResult> {
  const { viewer, database } = await staffClient(clientId, "client.update");
  const therapistId = await checkedTherapist(viewer, input.primaryTherapistId);
  if (therapistId === "invalid") return badTherapist;
  await database.transaction(async (tx) => {
    await tx
      .update(clients)
      .set({ ...input, primaryTherapistId: therapistId, updatedAt: new Date() })
      .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId)));
    await audit(tx, viewer, { action: "client.update", objectType: "client", objectId: clientId, outcome: "allowed" });
  });
  return { ok: true, id: clientId };
}

/** Consent to treatment, as the client typed their name, stamped now. */
export async function recordConsent(clientId: string, consentName: string): Promise<void> {
  const { viewer, database } = await staffClient(clientId, "client.consent");
  await database.transaction(async (tx) => {
    await tx
      .update(clients)
      .set({ consentName, consentAt: new Date(), consentRecordedBy: viewer.userId })
      .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId)));
    await audit(tx, viewer, { action: "client.consent", objectType: "client", objectId: clientId, outcome: "allowed" });
  });
}
