import { z } from "@/lib/validation/zod";
import { newPassword, nameText } from "./fields";

/** True for an IANA time zone this runtime knows, e.g. "Europe/Berlin" or "America/New_York". */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

const email = z
  .string()
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address."))
  .transform((v) => v.toLowerCase());

/** A staff login: admin or therapist. */
export const staffSchema = z.object({
  email,
  displayName: nameText("Name", 100),
  role: z.enum(["admin", "therapist"], { error: "Role must be admin or therapist." }),
  password: newPassword,
});

/** A new practice with its first admin. */
export const practiceSchema = z.object({
  name: nameText("Practice name", 200),
  timeZone: z
    .string()
    .trim()
    .refine(isTimeZone, "Time zone must be an IANA name such as Europe/London or America/New_York."),
  admin: staffSchema.omit({ role: true }),
});

export type StaffInput = z.output<typeof staffSchema>;
export type PracticeInput = z.output<typeof practiceSchema>;
