import { z } from "@/lib/validation/zod";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { choice, optionalPastDate, optionalText, requiredText, score } from "./fields";

const activityIds = ACTIVITIES.map((a) => a.id) as [string, ...string[]];

const painSite = z.object({
  site: optionalText("Pain site", 100),
  side: choice("Side", ["left", "right", "both"]).optional(),
});

const psfsItem = z.object({
  activity: optionalText("Activity", 100),
  score: z.union([z.literal(""), score("Score")]).optional(),
});

const activityCause = z.object({
  id: z.enum(activityIds, { error: "Choose activities from the list." }).optional(),
  frequency: optionalText("Frequency", 100),
  notes: optionalText("Notes", 500),
});

/** The intake form. Empty rows of the repeating groups are dropped after validation. */
export const intakeSchema = z
  .object({
    chiefComplaint: requiredText("Chief complaint", 2000),
    painSites: z.array(painSite).max(6, "At most 6 pain sites.").default([]),
    onsetDate: optionalPastDate("Onset date"),
    duration: optionalText("Duration", 100),
    aggravating: optionalText("What aggravates it", 2000),
    easing: optionalText("What eases it", 2000),
    painNow: score("Pain now"),
    psfs: z.array(psfsItem).max(5, "At most 5 activities.").default([]),
    medicalHistory: optionalText("Medical history", 4000),
    medications: optionalText("Medications", 2000),
    activities: z.array(activityCause).max(ACTIVITIES.length).default([]),
  })
  .superRefine((v, ctx) => {
    v.painSites.forEach((s, i) => {
      if (s.site && !s.side)
        ctx.addIssue({ code: "custom", path: ["painSites", i, "side"], message: "Choose the side of this pain site." });
    });
    v.psfs.forEach((p, i) => {
      if (p.activity && (p.score === "" || p.score === undefined))
        ctx.addIssue({ code: "custom", path: ["psfs", i, "score"], message: "Rate this activity from 0 to 10." });
      if (!p.activity && typeof p.score === "number")
        ctx.addIssue({ code: "custom", path: ["psfs", i, "activity"], message: "Name the activity you rated." });
    });
    // Each activity is one row of the intake (its key): listed twice, the second is refused.
    const listed = new Set<string>();
    v.activities.forEach((a, i) => {
      if (!a.id) return;
      if (listed.has(a.id))
        ctx.addIssue({ code: "custom", path: ["activities", i, "id"], message: "This activity is already listed." });
      listed.add(a.id);
    });
    if (!v.painSites.some((s) => s.site))
      ctx.addIssue({ code: "custom", path: ["painSites", 0, "site"], message: "Enter at least one pain site." });
  })
  .transform((v) => ({
    ...v,
    painSites: v.painSites.filter((s) => s.site).map((s) => ({ site: s.site!, side: s.side! })),
    psfs: v.psfs.filter((p) => p.activity).map((p) => ({ activity: p.activity!, score: p.score as number })),
    activities: v.activities.filter((a) => a.id).map((a) => ({ id: a.id!, frequency: a.frequency, notes: a.notes })),
  }));

export type IntakeInput = z.output<typeof intakeSchema>;
