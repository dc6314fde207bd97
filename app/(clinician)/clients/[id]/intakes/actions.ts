"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { NOTE_MESSAGES } from "@/components/session/note-messages";
import { saveFinding } from "@/lib/dal/findings";
import { recordScreen } from "@/lib/dal/screens";
import { createIntake } from "@/lib/dal/intakes";
import { startSession } from "@/lib/dal/session-notes";
import { findingSchema } from "@/lib/validation/finding";
import { intakeSchema } from "@/lib/validation/intake";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { screenSchema } from "@/lib/validation/screen";
import { flagSummary } from "@/lib/flag-display";

export async function createIntakeAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(intakeSchema, formData);
  if (!parsed.ok)
    return { errors: parsed.errors, message: "Some answers need attention; see the messages next to the fields." };
  const intakeId = await createIntake(clientId, parsed.data);
  redirect(`/clients/${clientId}/intakes/${intakeId}`);
}

export async function saveIntakeFindingAction(
  intakeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(findingSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await saveFinding({ intakeId }, parsed.data);
  revalidatePath("/clients/[id]/intakes/[intakeId]", "page");
  return result.ok ? { ok: true, message: "Finding saved." } : { message: NOTE_MESSAGES[result.code] };
}

export async function recordIntakeScreenAction(
  intakeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(screenSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: "Answer every question of the screen." };
  const result = await recordScreen({ intakeId }, parsed.data);
  revalidatePath("/clients/[id]", "layout");
  return result.ok
    ? { ok: true, message: flagSummary(result.opened, result.changed) }
    : { message: NOTE_MESSAGES[result.code] };
}

export async function startSessionAction(clientId: string, intakeId: string): Promise<void> {
  const noteId = await startSession(intakeId);
  redirect(`/clients/${clientId}/sessions/${noteId}`);
}
