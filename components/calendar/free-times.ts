import type { SlotSuggestion } from "@/lib/dal/appointments";

/** The day's free starts per therapist, for the buttons of the slot form. */
export type FreeTimes = { therapistId: string; name: string; times: string[] }[];

/** Free starts grouped by therapist, in the order of the list; only `only` when one is chosen. */
export function freeTimesByTherapist(
  suggestions: readonly SlotSuggestion[],
  therapists: readonly { id: string; name: string }[],
  only?: string,
): FreeTimes {
  return therapists
    .filter((t) => !only || t.id === only)
    .map((t) => ({
      therapistId: t.id,
      name: t.name,
      times: suggestions.filter((s) => s.therapistIds.includes(t.id)).map((s) => s.time),
    }))
    .filter((group) => group.times.length > 0);
}
