import { z } from "@/lib/validation/zod";
import { isoDate, optionalScore, optionalText, requiredText, latestDayOnEarth } from "./fields";

export const sessionNoteSchema = z.object({
  visitDate: isoDate("Visit date").refine((d) => d <= latestDayOnEarth(), "Visit date cannot be in the future."),
  subjective: optionalText("Subjective", 4000).transform((v) => v ?? ""),
  painNow: optionalScore("Pain now"),
  assessment: optionalText("Assessment", 4000).transform((v) => v ?? ""),
  plan: optionalText("Plan", 4000).transform((v) => v ?? ""),
  version: z
    .string()
    .regex(/^\d{1,9}$/, "The form is out of date; reload the page.")
    .transform(Number),
});

export type SessionNoteInput = z.output<typeof sessionNoteSchema>;

export const amendmentSchema = z.object({
  body: requiredText("Amendment", 4000),
});
