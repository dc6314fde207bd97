"use server";

import { revalidatePath } from "next/cache";
import { PRACTICE_CODES, PRACTICE_MESSAGES } from "@/components/settings/staff-messages";
import { savePracticeSettings } from "@/lib/dal/practice-settings";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { practiceSettingsSchema } from "@/lib/validation/staff";

export async function savePracticeSettingsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(practiceSettingsSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: PRACTICE_MESSAGES.fixErrors };
  const result = await savePracticeSettings(parsed.data);
  if (!result.ok) {
    const { field, message } = PRACTICE_CODES[result.code];
    return { errors: { [field]: message }, message: PRACTICE_MESSAGES.fixErrors };
  }
  // The name, zone and contact details show on every signed-in page, the portal and booking.
  revalidatePath("/", "layout");
  return { ok: true, message: result.changed.length > 0 ? PRACTICE_MESSAGES.saved : PRACTICE_MESSAGES.unchanged };
}
