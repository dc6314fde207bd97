import { z } from "@/lib/validation/zod";
import { isoDate, optionalText, earliestDayOnEarth } from "./fields";
import { LEFS_GATE_GAIN } from "@/lib/domain/phase-gate";
import { dosageSchema } from "./plan-item";

export const addItemSchema = z.object({
  itemId: z
    .string({ error: "Choose an item to add." })
    .trim()
    .min(1, "Choose an item to add.")
    .max(64, "Choose an item from the library."),
});

export const entryEditSchema = z.object({
  dosage: dosageSchema,
  note: optionalText("Note for the client", 500),
});

export const gateSchema = z
  .object({
    type: z.enum(["manual", "date", "pain-threshold", "pain-drop", "lefs-gain"], {
      error: "Choose how the strengthen phase unlocks.",
    }),
    date: z.string().optional(),
    threshold: z.string().optional(),
    days: z.string().optional(),
  })
  .transform((v, ctx) => {
    if (v.type === "date") {
      const parsed = isoDate("Unlock date")
        .refine((d) => d >= earliestDayOnEarth(), "Unlock date cannot be in the past.")
        .safeParse(v.date ?? "");
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: ["date"], message: parsed.error.issues[0]!.message });
        return z.NEVER;
      }
      return { type: "date" as const, date: parsed.data };
    }
    if (v.type === "pain-threshold") {
      const threshold = /^\d{1,2}$/.test(v.threshold ?? "") ? Number(v.threshold) : NaN;
      const days = /^\d{1,2}$/.test(v.days ?? "") ? Number(v.days) : NaN;
      if (!(threshold >= 0 && threshold <= 10))
        ctx.addIssue({
          code: "custom",
          path: ["threshold"],
          message: "Pain threshold must be a whole number from 0 to 10.",
        });
      if (!(days >= 1 && days <= 30))
        ctx.addIssue({ code: "custom", path: ["days"], message: "Days must be a whole number from 1 to 30." });
      return { type: "pain-threshold" as const, threshold, days };
    }
    if (v.type === "pain-drop") return { type: "pain-drop" as const, drop: 2 };
    if (v.type === "lefs-gain") return { type: "lefs-gain" as const, gain: LEFS_GATE_GAIN };
    return { type: "manual" as const };
  });
