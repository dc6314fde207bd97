"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { BOOKING_MESSAGES } from "@/components/booking/booking-messages";
import { cancelByLink, rescheduleByLink } from "@/lib/dal/booking-manage";
import { rescheduleSchema } from "@/lib/validation/booking";
import { parseForm, type FormState } from "@/lib/validation/parse";

/**
 * Cancels through the emailed link. The emailed link stops working once the booking changes; the
 * answer carries a link to the cancelled booking, which the page moves to.
 */
export async function cancelAction(token: string, _state: FormState): Promise<FormState> {
  const result = await cancelByLink(String(token));
  if (!result.ok) return { message: BOOKING_MESSAGES[result.code] };
  redirect(`/book/manage/${result.manageToken}?cancelled=1`);
}

/** Moves the booking to another free time; the new revision gets a new link, the old one stops. */
export async function rescheduleAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(rescheduleSchema, formData);
  if (!parsed.ok) return { message: parsed.errors.start ?? "Choose a time from the list." };
  const result = await rescheduleByLink(String(token), parsed.data.start);
  if (!result.ok) {
    // The free times have changed since the page was drawn: show the ones there are now.
    refresh();
    return { message: BOOKING_MESSAGES[result.code] };
  }
  redirect(`/book/manage/${result.manageToken}?moved=1`);
}
