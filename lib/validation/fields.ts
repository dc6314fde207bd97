import { z } from "@/lib/validation/zod";
import { dayIn } from "@/lib/domain/days";

/**
 * Field types shared by every form. Messages name the field, so they make sense next to it.
 *
 * Characters no one types are refused by Unicode general category (UAX #44), not by a list of
 * known tricks: controls (Cc: C0 and C1 such as U+0085 and U+009B; tab and line breaks stay),
 * format characters (Cf: bidirectional marks and overrides such as U+061C and U+202E,
 * zero-width characters, interlinear annotation U+FFF9, tag characters U+E0000–U+E007F), private
 * use (Co), unassigned code points (Cn), lone surrogates (Cs) and the line and paragraph
 * separators (Zl, Zp: U+2028, U+2029). They break storage (PostgreSQL refuses NUL), disguise what
 * a note says, or end a line in one program and not in another.
 */
const UNSAFE_CHARACTERS = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Whether a text is free of the characters above (for any text from a browser, a field's or an address's). */
export const safe = (value: string) => !UNSAFE_CHARACTERS.test(value);
const unsafeMessage = (label: string) => `${label} contains hidden or control characters; please retype it.`;

/**
 * A letter or digit that shows: default-ignorable code points render as nothing even when they
 * are letters (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0), and the blank Braille pattern
 * U+2800 is a symbol that looks like a space. A name needs at least one visible letter or digit.
 */
const VISIBLE_LETTER = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}]/u;
export const hasVisibleLetter = (value: string) => VISIBLE_LETTER.test(value);

/** A person's or a practice's name: a required text with at least one visible letter or digit. */
export function nameText(label: string, max: number) {
  return requiredText(label, max).refine(hasVisibleLetter, `${label} needs at least one letter.`);
}

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
