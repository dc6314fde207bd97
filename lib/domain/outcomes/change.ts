import { MEASURES, type MeasureId } from "./measures";

/**
 * Change from the first score (the baseline, usually at intake) and whether it reaches the
 * measure's minimal clinically important difference (measures.ts: NPRS 2, PSFS 2, LEFS 9).
 * Both directions are marked: a clinically important worsening matters as much to the therapist.
 */
export interface Change {
  /** The score minus the baseline (negative when it fell). */
  points: number;
  direction: "better" | "worse" | "same";
  /** Whether |points| reaches the MCID. */
  important: boolean;
}

export function changeFrom(measure: MeasureId, baseline: number, score: number): Change {
  const { mcid, better } = MEASURES[measure];
  // One decimal (PSFS means): 4.7 - 2.7 is 2, not 1.9999999999999998.
  const points = Math.round((score - baseline) * 10) / 10;
  const gain = better === "higher" ? points : -points;
  return {
    points,
    direction: gain > 0 ? "better" : gain < 0 ? "worse" : "same",
    important: Math.abs(points) >= mcid,
  };
}

export interface ScoredEntry {
  /** yyyy-mm-dd, the practice's day */
  day: string;
  score: number;
}

/** A measure's entries, oldest first, each with its change from the first. */
export function seriesOf<T extends ScoredEntry>(
  measure: MeasureId,
  entries: readonly T[],
): (T & { change: Change | null })[] {
  const sorted = [...entries].sort((a, b) => a.day.localeCompare(b.day));
  const baseline = sorted[0];
  return sorted.map((e, i) => ({
    ...e,
    change: i === 0 || !baseline ? null : changeFrom(measure, baseline.score, e.score),
  }));
}

/** In words beside a marked entry: what changed and why it counts (the measure's own explanation). */
export function describeChange(measure: MeasureId, change: Change): string {
  const m = MEASURES[measure];
  const size = `${Math.abs(change.points)} point${Math.abs(change.points) === 1 ? "" : "s"}`;
  if (change.direction === "same") return `No change on the ${m.abbreviation}.`;
  const moved = change.points > 0 ? "up" : "down";
  return change.important
    ? `${m.abbreviation} ${moved} ${size} since the first, at or past the ${m.mcid}-point threshold for a clinically important change.`
    : `${m.abbreviation} ${moved} ${size} since the first, below the ${m.mcid}-point threshold for a clinically important change.`;
}
