import { MUSCLES, type MuscleId } from "./reference/muscles";

/**
 * Which muscles to examine for a client's activity causes: every muscle the sources say those
 * activities overload (DOMAIN.md "Muscles" table; seed 002 "How it can be overused"), in the
 * reference order (calf, hamstrings, back of knee, …).
 */
export function musclesToExamine(activityIds: readonly string[]): MuscleId[] {
  const chosen = new Set(activityIds);
  return MUSCLES.filter((m) => m.overloadedBy.some((a) => chosen.has(a))).map((m) => m.id);
}

/** The activities among `activityIds` that overload `muscleId` (to explain a suggestion). */
export function overloadingActivities(muscleId: MuscleId, activityIds: readonly string[]): string[] {
  const muscle = MUSCLES.find((m) => m.id === muscleId);
  if (!muscle) return [];
  const overloads: readonly string[] = muscle.overloadedBy;
  return activityIds.filter((a) => overloads.includes(a));
}
