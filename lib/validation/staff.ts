import { z } from "@/lib/validation/zod";
import { choice, optionalText, nameText } from "./fields";

/** The roles a practice's staff can hold (clients get their logins through their record's invitation). */
export const STAFF_ROLES = ["therapist", "admin", "frontdesk"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, "Enter an email address.")
  .max(254, "Email must be at most 254 characters.")
  .pipe(z.email("Enter a valid email address."))
  .transform((v) => v.toLowerCase());

/** Inviting someone to the practice's staff by emailed link. */
export const staffInviteSchema = z.object({
  email,
  displayName: nameText("Name", 100),
  role: choice("Role", STAFF_ROLES),
});

/** A staff member's new role. */
export const staffRoleSchema = z.object({ role: choice("Role", STAFF_ROLES) });

/**
 * The address of the public booking page, /book/<slug>: lower-case letters, digits and inner
 * hyphens, at most 60 characters. Whether it is reserved or taken is the DAL's answer.
 */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;

/**
 * The practice's own settings. The time zone is only checked for its shape here: whether it is a
 * zone the server knows is the DAL's answer, since the browser's list of zones may differ.
 */
export const practiceSettingsSchema = z.object({
  name: nameText("Practice name", 200),
  timeZone: z
    .string({ error: "Choose a time zone." })
    .trim()
    .min(1, "Choose a time zone.")
    .max(64, "Choose a time zone from the list.")
    .regex(/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/, "Choose a time zone from the list."),
  phone: optionalText("Phone", 40).refine(
    (v) => v === null || /^[+0-9 ()\-.]{5,40}$/.test(v),
    "Phone may contain digits, spaces, + ( ) - and . only.",
  ),
  address: optionalText("Address", 300),
  slug: z
    .string({ error: "Enter the booking address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter the booking address.")
    .max(60, "The booking address must be at most 60 characters.")
    .regex(
      SLUG_PATTERN,
      "Use lower-case letters, digits and hyphens; start and end with a letter or digit (like city-massage).",
    ),
});

export type StaffInviteInput = z.output<typeof staffInviteSchema>;
export type PracticeSettingsInput = z.output<typeof practiceSettingsSchema>;
