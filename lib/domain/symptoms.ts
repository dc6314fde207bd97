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
