import { z } from "@/lib/validation/zod";
import { optionalPastDate, optionalText, nameText } from "./fields";

export const clientSchema = z.object({
  givenName: nameText("Given name", 100),
  familyName: nameText("Family name", 100),
  dateOfBirth: optionalPastDate("Date of birth"),
  email: z
    .string()
    .trim()
    .max(254, "Email must be at most 254 characters.")
    .pipe(z.union([z.literal(""), z.email("Enter a valid email address.")]))
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  phone: optionalText("Phone", 40).refine(
    (v) => v === null || /^[+0-9 ()\-.]{5,40}$/.test(v),
    "Phone may contain digits, spaces, + ( ) - and . only.",
  ),
  primaryTherapistId: z
    .union([z.literal(""), z.uuid("Choose a therapist from the list.")])
    .optional()
    .transform((v) => v || null),
});

export type ClientInput = z.output<typeof clientSchema>;

export const consentSchema = z.object({
  consentName: nameText("Client's typed name", 200),
  confirm: z.literal("on", { error: "Confirm that the client consents to treatment." }),
});

/** The same consent, given by the client in their portal: the same fields, the client's words. */
export const portalConsentSchema = z.object({
  consentName: nameText("Your full name", 200),
  confirm: z.literal("on", { error: "Tick the box to confirm that you consent to treatment." }),
});
