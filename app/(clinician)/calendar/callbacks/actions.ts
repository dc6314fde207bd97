"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { APPOINTMENT_MESSAGES } from "@/components/calendar/calendar-messages";
import { resolveCallback } from "@/lib/dal/callbacks";
import { resolveCallbackSchema } from "@/lib/validation/appointments";
import { parseForm, type FormState } from "@/lib/validation/parse";

export async function resolveCallbackAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(resolveCallbackSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await resolveCallback(String(id), parsed.data.resolution);
  revalidatePath("/calendar", "layout");
  if (!result.ok) return { message: APPOINTMENT_MESSAGES[result.code] };
  redirect("/calendar/callbacks?done=resolved");
}
