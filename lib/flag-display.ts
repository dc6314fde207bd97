import { contraindication } from "@/lib/domain/flags";
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

/** What a recorded screen changed, in one sentence for the person who recorded it. */
export function flagSummary(opened: readonly ContraindicationId[]): string {
  if (opened.length === 0) return "Screen recorded. No new flags.";
  const names = opened.map((id) => `${flagInfo(id).levelName}: ${flagInfo(id).name}`);
  return `Screen recorded. New flags — ${names.join("; ")}.`;
}
