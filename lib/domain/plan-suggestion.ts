import { judgeItem, type OpenFlagRef } from "./plan-rules";
import type { PlanItemDefinition, PlanPhase } from "./reference/plan-items";

/**
 * "Suggest a plan" (DOMAIN.md "Which items fit which muscles"): muscles with findings bring in
 * the release items that target them (relax phase) and the stretches and strengthening for the
 * same region (strengthen phase); every plan starts with a warm compress and ends its second
 * phase with single-leg stance; each activity cause brings its modification advice. Items
 * blocked by open flags are left out, with the reason.
 */
export interface Suggestion {
  phases: Record<PlanPhase, string[]>;
  leftOut: { itemId: string; name: string; reasons: string[] }[];
}

export function suggestPlan(
  ctx: { findingMuscles: readonly string[]; activityIds: readonly string[]; openFlags: readonly OpenFlagRef[] },
  library: readonly PlanItemDefinition[],
): Suggestion {
  const muscles = new Set(ctx.findingMuscles);
  const activities = new Set(ctx.activityIds);
  const fits = (item: PlanItemDefinition) =>
    item.activityId !== undefined
      ? activities.has(item.activityId)
      : item.suggestFor === "any"
        ? muscles.size > 0 || activities.size > 0
        : item.suggestFor.some((m) => muscles.has(m));
  const phases: Record<PlanPhase, string[]> = { relax: [], strengthen: [], load: [] };
  const leftOut: Suggestion["leftOut"] = [];
  for (const item of library.filter(fits)) {
    const verdict = judgeItem(item, ctx.openFlags);
    if (verdict.blocked) leftOut.push({ itemId: item.id, name: item.name, reasons: verdict.reasons });
    else phases[item.phase].push(item.id);
  }
  // "Any" items frame the phases: warm compress first, balance work last.
  const anyLast = (ids: string[]) => [
    ...ids.filter((id) => library.find((i) => i.id === id)?.suggestFor !== "any"),
    ...ids.filter((id) => library.find((i) => i.id === id)?.suggestFor === "any"),
  ];
  const anyFirst = (ids: string[]) => [
    ...ids.filter((id) => library.find((i) => i.id === id)?.suggestFor === "any"),
    ...ids.filter((id) => library.find((i) => i.id === id)?.suggestFor !== "any"),
  ];
  return {
    phases: { relax: anyFirst(phases.relax), strengthen: anyLast(phases.strengthen), load: phases.load },
    leftOut,
  };
}
