"use server";

import { BOOKING_MESSAGES } from "@/components/booking/booking-messages";
import { submitPreVisitByLink } from "@/lib/dal/pre-visit";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { preVisitSchema } from "@/lib/validation/pre-visit";

/** The pre-visit form through a booking's emailed link: the link is the key, the booking's client the subject. */
export async function submitLinkedPreVisitAction(
  token: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(preVisitSchema, formData);
  if (!parsed.ok)
    return { errors: parsed.errors, message: "Some answers need attention; see the messages next to them." };
  const result = await submitPreVisitByLink(String(token), parsed.data);
  if (!result.ok) return { message: BOOKING_MESSAGES[result.code] };
  // DOMAIN.md, stop and refer: no hands-on work until a clinician has seen the person.
  return result.stop.length > 0
    ? {
        message:
          "Your answers are saved. One of them needs a check first: please contact the practice before your visit. No hands-on treatment until then; if it is sudden or severe, see a doctor today.",
      }
    : { ok: true, message: "Thank you. Your therapist has your answers." };
}
