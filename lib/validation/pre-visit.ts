import { z } from "@/lib/validation/zod";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { PRE_VISIT_QUESTIONS } from "@/lib/domain/pre-visit";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import { hasVisibleLetter, optionalPastDate, optionalText, requiredText } from "./fields";

const activityIds = ACTIVITIES.map((a) => a.id) as [string, ...string[]];
/** A pain site as the body map submits it: "muscle:side" (the map's regions are muscles and sides). */
const SITES = new Set(MUSCLES.flatMap((m) => [`${m.id}:left`, `${m.id}:right`]));

const answer = z.enum(["yes", "no", "unknown"], { error: "Answer this question: yes, no or not sure." });

/**
 * The pre-visit form a client fills before the first visit (issue 15, part 4). Every screen
 * question must be answered ("not sure" is an answer); consent is given here only when it is not
 * already on file, so both its fields are optional but go together.
 */
export const preVisitSchema = z
  .object({
    complaint: requiredText("What brings you in", 2000),
    // Checked in the field, not in the refinement below: zod runs that only once every field is
    // valid, and the client should see this message with the others on the first try.
    painSites: z.preprocess(
      (v) => v ?? [],
      z
        .array(z.string().refine((s) => SITES.has(s), "Choose places on the body map."))
        .min(1, "Mark at least one place where it hurts.")
        .max(SITES.size),
    ),
    onsetDate: optionalPastDate("When it started"),
    onset: optionalText("How it started", 1000),
    activities: z
      .array(z.enum(activityIds, { error: "Choose activities from the list." }))
      .max(ACTIVITIES.length)
      .default([]),
    medicalHistory: optionalText("Health history", 4000),
    medications: optionalText("Medications", 2000),
    answers: z.object(
      Object.fromEntries(PRE_VISIT_QUESTIONS.map((q) => [q.id, answer])) as Record<ContraindicationId, typeof answer>,
      { error: "Answer every health question." },
    ),
    consentName: optionalText("Your full name", 200),
    confirm: z.literal("on").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.confirm && !v.consentName)
      ctx.addIssue({ code: "custom", path: ["consentName"], message: "Type your full name to give consent." });
    if (v.consentName && !hasVisibleLetter(v.consentName))
      ctx.addIssue({ code: "custom", path: ["consentName"], message: "Your full name needs at least one letter." });
    if (v.consentName && !v.confirm)
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "Tick the box to confirm that you consent." });
  })
  .transform(({ confirm, consentName, painSites, activities, ...v }) => ({
    ...v,
    painSites: [...new Set(painSites)].map((s) => {
      const [muscleId, side] = s.split(":") as [string, "left" | "right"];
      return { muscleId, side };
    }),
    activities: [...new Set(activities)],
    consentName: confirm ? consentName : null,
  }));

export type PreVisitInput = z.output<typeof preVisitSchema>;
