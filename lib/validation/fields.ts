import { z } from "zod";
import { dayIn } from "@/lib/domain/days";

/**
 * Field types shared by every form. Messages name the field, so they make sense next to it.
 * Control characters, bidirectional overrides and zero-width characters are refused: they
 * break storage (PostgreSQL refuses NUL) or disguise what a note says.
 */
const UNSAFE_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Whether a text is free of the characters above (for any text from a browser, a field's or an address's). */
export const safe = (value: string) => !UNSAFE_CHARACTERS.test(value);
const unsafeMessage = (label: string) => `${label} contains hidden or control characters; please retype it.`;

/** A required single- or multi-line text. */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(safe, unsafeMessage(label));
}

/** An optional text: empty becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(safe, unsafeMessage(label))
    .optional()
    .transform((v) => (v ? v : null));
}

/** A calendar date as yyyy-mm-dd that exists (no 2025-02-30). */
export function isoDate(label: string) {
  return z.iso.date({ error: `${label} must be a real date (yyyy-mm-dd).` });
}

/**
 * These schemas run in the browser and on the server without knowing the practice's time zone,
 * so their date bounds are the widest true ones: a date after the latest calendar day on Earth
 * (UTC+14) is in the future for every practice, one before the earliest (UTC-12) is past for all.
 * The DAL stamps new records with the practice's own day.
 */
export function latestDayOnEarth(now = new Date()): string {
  return dayIn("Pacific/Kiritimati", now);
}

export function earliestDayOnEarth(now = new Date()): string {
  return dayIn("Etc/GMT+12", now);
}

/** A real date, not in the future, not before 1900. */
export function pastDate(label: string) {
  return isoDate(label)
    .refine((d) => d >= "1900-01-01", `${label} must be after 1900.`)
    .refine((d) => d <= latestDayOnEarth(), `${label} cannot be in the future.`);
}

export function optionalPastDate(label: string) {
  return z
    .union([z.literal("").transform(() => null), pastDate(label)])
    .optional()
    .transform((v) => v ?? null);
}

/** A password someone chooses: staff and clients alike. */
export const newPassword = z
  .string({ error: "Choose a password." })
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

/** A whole number 0–10 (NPRS, tenderness, PSFS), from a form's string. */
export function score(label: string) {
  return z
    .string({ error: `Choose ${label.toLowerCase()} from 0 to 10.` })
    .trim()
    .regex(/^\d{1,2}$/, `${label} must be a whole number from 0 to 10.`)
    .transform(Number)
    .refine((n) => n <= 10, `${label} must be a whole number from 0 to 10.`);
}

export function optionalScore(label: string) {
  return z
    .union([z.literal("").transform(() => null), score(label)])
    .optional()
    .transform((v) => v ?? null);
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `Choose ${label.toLowerCase()}.` });
}

export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const uuidField = (label: string) => z.uuid({ error: `${label} is not valid.` });
