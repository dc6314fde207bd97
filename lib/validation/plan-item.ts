import { z } from "@/lib/validation/zod";
import { PLAN_PHASES } from "@/lib/domain/reference/plan-items";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { checkbox, choice, optionalText, nameText } from "./fields";

const muscleIds = MUSCLES.map((m) => m.id) as [string, ...string[]];

/** One whole number in a range from a form's string; empty means "not part of the dosage". */
export function optionalCount(label: string, max: number) {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v ?? "")
    .pipe(
      z.union([
        z.literal("").transform(() => undefined),
        z
          .string()
          .regex(/^\d{1,4}$/, `${label} must be a whole number.`)
          .transform(Number)
          .refine((n) => n >= 1 && n <= max, `${label} must be between 1 and ${max}.`),
      ]),
    );
}

export const dosageSchema = z
  .object({
    sets: optionalCount("Sets", 20),
    reps: optionalCount("Repetitions", 200),
    holdSeconds: optionalCount("Hold (seconds)", 600),
    minutes: optionalCount("Minutes", 120),
    timesPerDay: optionalCount("Times a day", 12),
    daysPerWeek: optionalCount("Days a week", 7),
  })
  .transform((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Record<string, number>);

/** Lines of a textarea as a list, blank lines dropped. */
const lines = (label: string, maxLines: number, required: boolean) =>
  optionalText(label, 4000)
    .transform((v) =>
      (v ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((l) => !required || l.length > 0, `Write at least one line in ${label.toLowerCase()}.`)
    .refine((l) => l.length <= maxLines, `${label}: at most ${maxLines} lines.`)
    .refine((l) => l.every((x) => x.length <= 300), `${label}: each line at most 300 characters.`);

export const libraryItemSchema = z.object({
  name: nameText("Name", 120),
  phase: choice("Phase", PLAN_PHASES),
  kind: choice("Kind", ["self-massage", "tool-release", "heat", "stretch", "strength", "balance", "advice"]),
  targetMuscles: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.enum(muscleIds, { error: "Choose target muscles from the list." })).max(muscleIds.length)),
  steps: lines("Steps", 12, true),
  progressions: lines("Progressions", 8, false),
  cautions: lines("Cautions", 8, false),
  dosage: dosageSchema,
  deepPressure: checkbox,
  behindKnee: checkbox,
  electric: checkbox,
});

export type LibraryItemInput = z.output<typeof libraryItemSchema>;
