"use server";

import { revalidatePath } from "next/cache";
import { giveMyConsent } from "@/lib/dal/portal-consent";
import { portalConsentSchema } from "@/lib/validation/client";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function giveConsentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(portalConsentSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await giveMyConsent(parsed.data.consentName);
  revalidatePath("/portal", "layout");
  return result.ok
    ? { ok: true, message: "Thank you. Your consent to treatment is recorded." }
    : { message: "Your consent to treatment was already on file; nothing was changed." };
}
