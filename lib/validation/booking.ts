import { z } from "@/lib/validation/zod";
import { PRESCREEN_QUESTIONS, type PrescreenQuestion } from "@/lib/domain/prescreen";
import { choice, nameText, optionalText, requiredText, uuidField } from "./fields";

/** A slot as the booking pages pass it: its start instant, ISO with a zone offset or Z. */
export const slotStart = z.iso.datetime({ offset: true, error: "Choose a time from the list." });

export const bookingEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((v) => v.toLowerCase());

export const bookingPhone = requiredText("Phone", 40).refine(
  (v) => /^[+0-9 ()\-.]{5,40}$/.test(v),
  "Phone may contain digits, spaces, + ( ) - and . only.",
);

const answers = Object.fromEntries(
  PRESCREEN_QUESTIONS.map((q) => [q.id, choice("yes or no", ["yes", "no"])]),
) as Record<PrescreenQuestion, ReturnType<typeof choice<["yes", "no"]>>>;

/**
 * The public booking form: the chosen slot, the pre-screen (every question answered), and who is
 * booking. `website` is a field people never see (a honeypot): the simplest bots fill it in.
 */
export const bookingSchema = z.object({
  // The pre-screen comes first on the form, so its messages come first too (focus goes to the first).
  ...answers,
  typeId: uuidField("The appointment type"),
  therapistId: z.union([z.literal("anyone"), uuidField("The therapist")]),
  start: slotStart,
  givenName: nameText("First name", 100),
  familyName: nameText("Last name", 100),
  email: bookingEmail,
  phone: bookingPhone,
  reason: optionalText("What brings you in", 1000),
  website: z.string().max(200).optional(),
});

export type BookingInput = z.output<typeof bookingSchema>;

/** A new start for an existing appointment (reschedule, or staff moving it). */
export const rescheduleSchema = z.object({ start: slotStart });
