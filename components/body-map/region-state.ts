import { MUSCLES, type MuscleId } from "@/lib/domain/reference/muscles";
import { findingText, shadeLevel, type ShadeLevel } from "./shading";
import type { BodyMapFinding, SelectedRegion, Side } from "./types";

/** Everything the map and the list show about one muscle on one side: one definition for both. */
export interface RegionState {
  /** "Popliteus, left": the accessible name of the list entry and the start of the map title. */
  name: string;
  /** "Not examined", or "Active TrP, tenderness 7/10, reproduces pain". */
  findingText: string;
  level: ShadeLevel;
  suggested: boolean;
  selected: boolean;
  /** On a pain-site map (the client's pre-visit form): whether the client marked this region. */
  pressed?: boolean;
}

const NAMES = new Map<MuscleId, string>(MUSCLES.map((m) => [m.id, m.name]));

export function regionName(muscleId: MuscleId, side: Side): string {
  return `${NAMES.get(muscleId) ?? muscleId}, ${side}`;
}

export type RegionStateOf = (muscleId: MuscleId, side: Side) => RegionState;

/**
 * Builds the lookup once per render. If a list holds two findings for the same muscle and side,
 * the later one wins (the caller passes findings in recording order).
 */
export function regionStates(
  findings: readonly BodyMapFinding[],
  suggested: readonly MuscleId[] = [],
  selected: SelectedRegion | null = null,
): RegionStateOf {
  const latest = new Map<string, BodyMapFinding>();
  for (const f of findings) latest.set(`${f.muscleId}:${f.side}`, f);
  const suggestedSet = new Set<MuscleId>(suggested);
  return (muscleId, side) => {
    const finding = latest.get(`${muscleId}:${side}`);
    return {
      name: regionName(muscleId, side),
      findingText: findingText(finding),
      level: shadeLevel(finding?.tenderness),
      suggested: suggestedSet.has(muscleId),
      selected: selected?.muscleId === muscleId && selected.side === side,
    };
  };
}

/**
 * The client's pain-site map (the pre-visit form, issue 15): the same regions, each either marked
 * as hurting or not. Marked regions take the map's middle shade; `marked` holds "muscle:side" keys.
 */
export function painSiteStates(marked: ReadonlySet<string>): RegionStateOf {
  return (muscleId, side) => {
    const pressed = marked.has(`${muscleId}:${side}`);
    return {
      name: regionName(muscleId, side),
      findingText: pressed ? "Hurts here" : "Not marked",
      level: pressed ? "medium" : "none",
      suggested: false,
      selected: false,
      pressed,
    };
  };
}
