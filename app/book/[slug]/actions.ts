"use server";

import { redirect } from "next/navigation";
import { BOOKING_MESSAGES, STALE_CHOICE } from "@/components/booking/booking-messages";
import { requestBooking } from "@/lib/dal/booking";
import {
  PRESCREEN_QUESTIONS,
  prescreenOutcome,
  type PrescreenAnswers,
  type PrescreenQuestion,
} from "@/lib/domain/prescreen";
import { bookingSchema } from "@/lib/validation/booking";
import { parseForm, type FormState } from "@/lib/validation/parse";

export interface BookingFormState extends FormState {
  /** "callback": a yes on the pre-screen, so no booking; "choose-again": the time is gone. */
  outcome?: "callback" | "choose-again";
  /** The pre-screen questions answered yes (for the "contact us first" panel). */
  yes?: PrescreenQuestion[];
}

/** Fields the person never types: a message about them means the page is stale or was altered. */
const HIDDEN_FIELDS = ["typeId", "therapistId", "start", "website"];

export async function bookAction(
  slug: string,
  _state: BookingFormState,
  formData: FormData,
): Promise<BookingFormState> {
  const parsed = parseForm(bookingSchema, formData);
  if (!parsed.ok) {
    const stale = HIDDEN_FIELDS.some((field) => field in parsed.errors);
    return stale
      ? { errors: parsed.errors, message: STALE_CHOICE, outcome: "choose-again" }
      : { errors: parsed.errors };
  }
  const result = await requestBooking(String(slug), parsed.data);
  if (!result.ok) {
    const chooseAgain = result.code === "booking.taken" || result.code === "booking.unavailable";
    return { message: BOOKING_MESSAGES[result.code], outcome: chooseAgain ? "choose-again" : undefined };
  }
  if (result.outcome === "callback") {
    const answers = Object.fromEntries(PRESCREEN_QUESTIONS.map((q) => [q.id, parsed.data[q.id]])) as PrescreenAnswers;
    const screen = prescreenOutcome(answers);
    return { ok: true, outcome: "callback", yes: screen.book ? [] : screen.yes };
  }
  redirect(`/book/manage/${result.manageToken}?booked=1`);
}
