import { z } from "@/lib/validation/zod";
import { LEFS_MAX_BLANK } from "@/lib/domain/outcomes/lefs";
import { LEFS_ITEMS, OCCASIONS } from "@/lib/domain/outcomes/measures";
import { PSFS_MAX_ACTIVITIES } from "@/lib/domain/outcomes/psfs";
import { score } from "./fields";
import { lefsField } from "./outcome-fields";

const occasion = z.enum(OCCASIONS, { error: "Choose when this was collected." });
const LEFS_POINTS = ["0", "1", "2", "3", "4"] as const;

/** The activities named at intake, each rated again 0-10 (the DAL keeps the intake's names). */
const psfsRatings = z
  .array(score("Rating"))
  .min(1, "Rate each activity from 0 to 10.")
  .max(PSFS_MAX_ACTIVITIES, `At most ${PSFS_MAX_ACTIVITIES} activities.`);

/** Pain now (NPRS), recorded in the clinic. */
export const nprsEntrySchema = z.object({ occasion, rating: score("Pain now") });

/** The intake's PSFS activities rated again, in the clinic. */
export const psfsEntrySchema = z.object({ occasion, ratings: psfsRatings });

/** The client's check-in in the portal: pain now and, when the intake named activities, their ratings. */
export const checkInSchema = z.object({
  rating: score("Pain now"),
  ratings: z.array(score("Rating")).max(PSFS_MAX_ACTIVITIES).default([]),
});

/** LEFS field names in the clinic's form: q1 … q20. */
export { lefsField };

/**
 * The 20 LEFS answers recorded in the clinic; a blank is allowed up to the scoring rule's limit
 * (lib/domain/outcomes/lefs.ts), past it the first blank is named and nothing is written.
 */
export const lefsEntrySchema = z
  .object({
    occasion,
    ...Object.fromEntries(
      LEFS_ITEMS.map((_, i) => [
        lefsField(i + 1),
        z
          .union([z.literal(""), z.enum(LEFS_POINTS)], { error: "Choose an answer from 0 to 4, or leave it blank." })
          .optional(),
      ]),
    ),
  })
  .transform((v, ctx) => {
    const answers = LEFS_ITEMS.map((_, i) => {
      const a = (v as Record<string, string | undefined>)[lefsField(i + 1)];
      return a === undefined || a === "" ? null : Number(a);
    });
    const blanks = answers.filter((a) => a === null).length;
    if (blanks > LEFS_MAX_BLANK) {
      ctx.addIssue({
        code: "custom",
        path: [lefsField(answers.indexOf(null) + 1)],
        message: `Answer this activity: the LEFS is scored with at most ${LEFS_MAX_BLANK} left blank (${blanks} are).`,
      });
      return z.NEVER;
    }
    return { occasion: v.occasion, answers };
  });

/** One LEFS answer in the portal: the item it answers and the answer, or "skip". */
export const lefsAnswerSchema = z.object({
  item: z
    .string({ error: "That question could not be saved; reload the page." })
    .regex(/^\d{1,2}$/, "That question could not be saved; reload the page.")
    .transform(Number)
    .refine((n) => n >= 1 && n <= LEFS_ITEMS.length, "That question could not be saved; reload the page."),
  answer: z.enum([...LEFS_POINTS, "skip"], { error: "Choose one answer, or skip this question." }),
});

/** How often the client is asked for questionnaires while the plan runs ("" : not on a schedule). */
export const OUTCOME_SCHEDULES = ["", "7", "14", "21", "28", "42", "56"] as const;
export const outcomeScheduleSchema = z.object({
  everyDays: z
    .enum(OUTCOME_SCHEDULES, { error: "Choose how often: every 1 to 8 weeks, or not on a schedule." })
    .transform((v) => (v === "" ? null : Number(v))),
});
