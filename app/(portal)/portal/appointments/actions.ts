"use server";

import { refresh, revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { APPOINTMENT_REFUSALS, STALE_PAGE } from "@/components/portal/appointment-messages";
import {
  bookAsClient,
  cancelAsClient,
  rescheduleAsClient,
  type PortalBookingResult,
} from "@/lib/dal/portal-appointments";
import { slotStart } from "@/lib/validation/booking";
import { uuidField } from "@/lib/validation/fields";
import { parseForm, type FormState } from "@/lib/validation/parse";

// Every field here is hidden or a pressed button: a message about one means the page is stale.
const bookSchema = z.object({
  typeId: uuidField("The appointment type"),
  therapistId: z.union([z.literal("anyone"), uuidField("The therapist")]),
  start: slotStart,
});
const moveSchema = z.object({ id: uuidField("The appointment"), start: slotStart });
const cancelSchema = z.object({ id: uuidField("The appointment") });

const LIST = "/portal/appointments";

/** After a refusal the free times have changed since the page was drawn: draw the ones there are now. */
function refused(result: Extract<PortalBookingResult, { ok: false }>): FormState {
  refresh();
  return { message: APPOINTMENT_REFUSALS[result.code] };
}

function stale(): FormState {
  refresh();
  return { message: STALE_PAGE };
}

export async function bookAppointmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(bookSchema, formData);
  if (!parsed.ok) return stale();
  const result = await bookAsClient(parsed.data);
  if (!result.ok) return refused(result);
  revalidatePath("/portal", "layout");
  redirect(`${LIST}?booked=1`);
}

export async function moveAppointmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(moveSchema, formData);
  if (!parsed.ok) return stale();
  const result = await rescheduleAsClient(parsed.data.id, parsed.data.start);
  if (!result.ok) return refused(result);
  revalidatePath("/portal", "layout");
  redirect(`${LIST}?moved=1`);
}

export async function cancelAppointmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(cancelSchema, formData);
  if (!parsed.ok) return stale();
  const result = await cancelAsClient(parsed.data.id);
  if (!result.ok) return refused(result);
  revalidatePath("/portal", "layout");
  redirect(`${LIST}?cancelled=1`);
}
