"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { STATUS_MESSAGES, UNKNOWN_THERAPIST } from "@/components/clients/client-messages";
import { changeClientStatus, createClient, recordConsent, updateClient } from "@/lib/dal/client-records";
import type { StatusChange } from "@/lib/domain/client-status";
import { getSignedInUser } from "@/lib/dal/viewer";
import { clientSchema, consentSchema } from "@/lib/validation/client";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function createClientAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(clientSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await createClient(parsed.data);
  if (!result.ok) return { errors: UNKNOWN_THERAPIST };
  redirect(await afterSaving(result.id));
}

export async function updateClientAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(clientSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await updateClient(clientId, parsed.data);
  if (!result.ok) return { errors: UNKNOWN_THERAPIST };
  redirect(await afterSaving(result.id));
}

export async function recordConsentAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(consentSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const recorded = await recordConsent(clientId, parsed.data.consentName);
  // Every page of the client shows the missing consent (and the session note's sign form needs it).
  revalidatePath("/clients/[id]", "layout");
  return recorded
    ? { ok: true, message: "Consent recorded." }
    : { message: "Consent to treatment was already on file; nothing was changed." };
}

export async function dischargeClientAction(clientId: string): Promise<FormState> {
  return changeStatus(clientId, "discharge");
}

export async function reactivateClientAction(clientId: string): Promise<FormState> {
  return changeStatus(clientId, "reactivate");
}

async function changeStatus(clientId: string, change: StatusChange): Promise<FormState> {
  const result = await changeClientStatus(clientId, change);
  revalidatePath(`/clients/${clientId}`);
  return result.ok
    ? { ok: true, message: STATUS_MESSAGES[result.status === "discharged" ? "discharged" : "active"] }
    : { message: STATUS_MESSAGES[result.code] };
}

/** Where saving a client leads: their record, or for the front desk (no clinical record) booking them in. */
async function afterSaving(clientId: string): Promise<string> {
  const user = await getSignedInUser();
  return user?.mayOpenChart ? `/clients/${clientId}` : `/calendar/new?client=${clientId}`;
}
