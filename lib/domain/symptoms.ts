/**
 * Stop symptoms (DOMAIN.md, red flags; the seeds' "when to stop"): tingling, numbness, sharp
 * or radiating pain during home care mean stopping hands-on work and telling the therapist.
 */
export const STOP_SYMPTOMS = ["tingling", "numbness", "sharp-pain", "radiating-pain"] as const;
export type StopSymptom = (typeof STOP_SYMPTOMS)[number];

/** How each is named to the client who reports it and to the therapist who reads it. */
export const STOP_SYMPTOM_NAMES: Record<StopSymptom, string> = {
  tingling: "Tingling",
  numbness: "Numbness",
  "sharp-pain": "Sharp pain",
  "radiating-pain": "Pain that travels or radiates",
};

/**
 * A client who reports the same stop symptom again within this long of the last report, while
 * that report is still open, adds to it instead of opening another: the therapist still sees
 * every report counted, and a client (or a script with a client's login) cannot bury a
 * practice's start page under repeats that each need resolving (issue 12, finding 9).
 */
export const REPEAT_WINDOW_MS = 60 * 60 * 1000;

/** Whether a new report of `kind` at `now` folds into the open report `open`. */
export function foldsInto(
  open: { kind: StopSymptom; lastReportedAt: Date; resolved: boolean },
  kind: StopSymptom,
  now: Date,
): boolean {
  // Reports sent at once may reach here with their clocks read in any order: a "now" a moment
  // before the open report's last one is a repeat too.
  const since = now.getTime() - open.lastReportedAt.getTime();
  return !open.resolved && open.kind === kind && since < REPEAT_WINDOW_MS;
}

/** The longest a report's note grows as repeats add their notes to it (one note is at most 500 characters). */
export const FOLDED_NOTE_MAX = 2000;

/** The open report's note with a repeat's note added (a repeated note or one past the cap adds nothing). */
export function foldedNote(current: string | null, added: string | null): string | null {
  if (!added || current?.includes(added)) return current;
  const joined = current ? `${current}\n${added}` : added;
  return joined.length <= FOLDED_NOTE_MAX ? joined : current;
}
