import { contraindication, type ScreenAnswer, type ScreenChange } from "@/lib/domain/flags";
import { FLAG_LEVEL_NAMES, type ContraindicationId, type FlagLevel } from "@/lib/domain/reference/contraindications";

/** How each flag level looks wherever it appears: colour is never the only signal. */
export const LEVEL_STYLE: Record<FlagLevel, { box: string; badge: string; icon: string }> = {
  stop: { box: "border-red-700 bg-red-50 text-red-950", badge: "bg-red-700 text-white", icon: "⛔" },
  "local-hold": {
    box: "border-orange-600 bg-orange-50 text-orange-950",
    badge: "bg-orange-700 text-white",
    icon: "✋",
  },
  caution: { box: "border-amber-500 bg-amber-50 text-amber-950", badge: "bg-amber-300 text-amber-950", icon: "⚠" },
};

export function flagInfo(id: ContraindicationId) {
  const c = contraindication(id);
  return { ...c, levelName: FLAG_LEVEL_NAMES[c.level], style: LEVEL_STYLE[c.level] };
}

export const ANSWER_WORDS: Record<ScreenAnswer, string> = { yes: "Yes", no: "No", unknown: "Unknown" };

/** What a recorded screen changed (answers and flags), in a few words for the person who recorded it. */
export function flagSummary(opened: readonly ContraindicationId[], changed: readonly ScreenChange[] = []): string {
  const answers =
    changed.length === 0
      ? ""
      : ` Changed since the last screen: ${changed
          .map((c) => `${flagInfo(c.contraindicationId).name} (${ANSWER_WORDS[c.from]} → ${ANSWER_WORDS[c.to]})`)
          .join("; ")}.`;
  if (opened.length === 0) return `Screen recorded.${answers} No new flags.`;
  const names = opened.map((id) => `${flagInfo(id).levelName}: ${flagInfo(id).name}`);
  return `Screen recorded.${answers} New flags — ${names.join("; ")}.`;
}
