"use server";

import { revalidatePath } from "next/cache";
import { recordClearance, recordReferral } from "@/lib/dal/flags";
import { clearanceSchema, referralSchema } from "@/lib/validation/flag";
import { parseForm, type FormState } from "@/lib/validation/parse";

const FLAG_CLOSED = "This flag is already closed.";

export async function recordReferralAction(flagId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(referralSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await recordReferral(flagId, parsed.data);
  revalidatePath(`/clients/${result.clientId}`, "layout");
  return result.ok ? { ok: true, message: "Referral recorded." } : { message: FLAG_CLOSED };
}

export async function recordClearanceAction(flagId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(clearanceSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await recordClearance(flagId, parsed.data);
  revalidatePath(`/clients/${result.clientId}`, "layout");
  return result.ok ? { ok: true, message: "Clearance recorded; the flag is closed." } : { message: FLAG_CLOSED };
}
