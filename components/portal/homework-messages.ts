import type { MarkResult } from "@/lib/dal/homework";
import type { Pause } from "@/lib/dal/portal";
import { STOP_SYMPTOM_NAMES } from "@/lib/domain/symptoms";
import { formatDate } from "@/lib/format";

/** Why the client should not do an item now, in their words. */
export function pauseText(pause: NonNullable<Pause>): string {
  if (pause.by === "flag") {
    return "Paused by your therapist after your latest screening. Please do not do this one for now.";
  }
  const symptom = STOP_SYMPTOM_NAMES[pause.symptom].toLowerCase();
  return `Paused: you reported ${symptom} on ${formatDate(pause.reportedOn)}. Do not do hands-on work until your therapist has been in touch.`;
}

/** A check-off the portal could not save, in the client's words. */
export function markRefusalText(result: Exclude<MarkResult, { ok: true }>): string {
  return result.code === "homework.paused" ? pauseText(result.pause) : "That is already done for today.";
}
