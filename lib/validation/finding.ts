import { z } from "@/lib/validation/zod";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { checkbox, choice, optionalText, score } from "./fields";

const muscleIds = MUSCLES.map((m) => m.id) as [string, ...string[]];

export const findingSchema = z.object({
  muscleId: z.enum(muscleIds, { error: "Choose a muscle from the body map." }),
  side: choice("Side", ["left", "right"]),
  tenderness: score("Tenderness"),
  pointType: choice("Trigger point type", ["active", "latent"]),
  reproducesPain: checkbox,
  notes: optionalText("Notes", 1000),
});

export type FindingInput = z.output<typeof findingSchema>;
