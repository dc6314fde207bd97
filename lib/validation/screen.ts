import { z } from "@/lib/validation/zod";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import { optionalText } from "./fields";

/** Every condition must be answered: a screen with gaps is not a screen. */
export const screenSchema = z.object({
  answers: z.object(
    Object.fromEntries(
      CONTRAINDICATIONS.map((c) => [
        c.id,
        z.object({
          answer: z.enum(["yes", "no", "unknown"], { error: `Answer "${c.name}": yes, no or unknown.` }),
          note: optionalText("Note", 500),
        }),
      ]),
    ) as Record<
      (typeof CONTRAINDICATIONS)[number]["id"],
      z.ZodObject<{
        answer: z.ZodEnum<{ yes: "yes"; no: "no"; unknown: "unknown" }>;
        note: ReturnType<typeof optionalText>;
      }>
    >,
    { error: "Answer every question of the screen." },
  ),
});

export type ScreenInput = z.output<typeof screenSchema>;
