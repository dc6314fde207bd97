import type { Random } from "./random";

/** Free text of intakes and notes, in the words therapists write. */
export const EASING = ["Rest, a warm bath", "Heat and gentle stretching", "Walking it off", "Ibuprofen helps a little"];
export const FREQUENCIES = ["Every weekend", "Daily", "Three times a week", "Office days", "Most evenings", null];
export const HISTORIES = [
  null,
  "No surgery",
  "Knee arthroscopy 2019",
  "Mild asthma",
  "Type 2 diabetes, well controlled",
  "Previous hamstring strain",
];
export const MEDICATIONS = [null, null, "None", "Ibuprofen as needed", "Metformin", "Levothyroxine"];

export function noteTexts(
  random: Random,
  ctx: { pain: number; main: string; tenderness: number; activity: string },
): { subjective: string; assessment: string; plan: string } {
  const subjective = random.pick([
    `Pain ${ctx.pain}/10 this week. ${ctx.activity} still brings it on.`,
    `Better since last time, pain around ${ctx.pain}/10. Doing the home plan most days.`,
    `A flare-up after a long day; settled to ${ctx.pain}/10.`,
  ]);
  const assessment = random.pick([
    `${ctx.main} trigger point tenderness ${ctx.tenderness}/10, less than last visit.`,
    `${ctx.main} still tender (${ctx.tenderness}/10); range of motion improving.`,
    `Good progress; ${ctx.main.toLowerCase()} softer on palpation.`,
  ]);
  const plan = random.pick([
    "Continue the home plan; review in two weeks.",
    "Progress the stretches; follow-up in one week.",
    "Keep the relax phase a little longer, then strengthen.",
  ]);
  return { subjective, assessment, plan };
}
