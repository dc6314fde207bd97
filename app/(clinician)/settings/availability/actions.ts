"use server";

import { revalidatePath } from "next/cache";
import { SETTINGS_MESSAGES } from "@/components/settings/settings-messages";
import {
  addTimeOff,
  removeTimeOff,
  saveAppointmentType,
  saveBookingRules,
  saveWorkingHours,
} from "@/lib/dal/availability";
import {
  appointmentTypeSchema,
  bookingRulesSchema,
  timeOffSchema,
  workingHoursSchema,
} from "@/lib/validation/availability";
import { parseForm, type FormState } from "@/lib/validation/parse";

// Availability feeds the free times of the calendar and of online booking alike.
const refresh = () => {
  revalidatePath("/settings/availability");
  revalidatePath("/calendar", "layout");
};

export async function saveWorkingHoursAction(
  therapistId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(workingHoursSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: SETTINGS_MESSAGES.fixErrors };
  await saveWorkingHours(String(therapistId), parsed.data);
  refresh();
  return { ok: true, message: SETTINGS_MESSAGES.hoursSaved };
}

export async function addTimeOffAction(therapistId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(timeOffSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await addTimeOff(String(therapistId), parsed.data);
  refresh();
  return { ok: true, message: SETTINGS_MESSAGES.timeOffAdded };
}

export async function removeTimeOffAction(timeOffId: string): Promise<void> {
  await removeTimeOff(String(timeOffId));
  refresh();
}

export async function saveAppointmentTypeAction(
  typeId: string | null,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(appointmentTypeSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await saveAppointmentType(typeId === null ? null : String(typeId), parsed.data);
  refresh();
  return { ok: true, message: typeId === null ? SETTINGS_MESSAGES.typeAdded : SETTINGS_MESSAGES.typeSaved };
}

export async function saveBookingRulesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(bookingRulesSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await saveBookingRules(parsed.data);
  refresh();
  return { ok: true, message: SETTINGS_MESSAGES.rulesSaved };
}
