"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { APPOINTMENT_MESSAGES, conflictText } from "@/components/calendar/calendar-messages";
import {
  cancelAppointmentAsStaff,
  createAppointment,
  markAppointment,
  moveAppointmentAsStaff,
  type StaffBookingResult,
} from "@/lib/dal/appointments";
import { appointmentSlotSchema, markAppointmentSchema, newAppointmentSchema } from "@/lib/validation/appointments";
import { parseForm, type FormState } from "@/lib/validation/parse";

const refresh = () => revalidatePath("/calendar", "layout");

/** A refused booking or move, with the message next to the field it is about (the time, mostly). */
function refused(result: Exclude<StaffBookingResult, { ok: true }>): FormState {
  switch (result.code) {
    case "appointment.conflict":
      return { errors: { time: conflictText(result.therapistName) } };
    case "appointment.past":
    case "appointment.no-such-time":
      return { errors: { time: APPOINTMENT_MESSAGES[result.code] } };
    default:
      return { message: APPOINTMENT_MESSAGES[result.code] };
  }
}

export async function createAppointmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(newAppointmentSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const { clientId, ...input } = parsed.data;
  const result = await createAppointment(clientId, input);
  if (!result.ok) return refused(result);
  refresh();
  redirect(`/calendar/appointments/${result.id}?done=${result.outsideHours ? "booked-outside" : "booked"}`);
}

export async function moveAppointmentAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(appointmentSlotSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await moveAppointmentAsStaff(String(id), parsed.data);
  if (!result.ok) return refused(result);
  refresh();
  redirect(`/calendar/appointments/${result.id}?done=${result.outsideHours ? "moved-outside" : "moved"}`);
}

export async function cancelAppointmentAction(id: string, _state: FormState): Promise<FormState> {
  const result = await cancelAppointmentAsStaff(String(id));
  refresh();
  if (!result.ok) return { message: APPOINTMENT_MESSAGES[result.code] };
  redirect(`/calendar/appointments/${id}?done=cancelled`);
}

export async function markAppointmentAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(markAppointmentSchema, formData);
  if (!parsed.ok) return { message: parsed.errors.outcome };
  const result = await markAppointment(String(id), parsed.data.outcome);
  refresh();
  if (!result.ok) return { message: APPOINTMENT_MESSAGES[result.code] };
  redirect(`/calendar/appointments/${id}?done=${parsed.data.outcome}`);
}
