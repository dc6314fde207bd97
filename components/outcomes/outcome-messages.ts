import type { RecordOutcomeResult } from "@/lib/dal/outcomes";
import { LEFS_MAX_BLANK } from "@/lib/domain/outcomes/lefs";

/** What a refused outcome entry says to the person who sent it; nothing was written. */
export const OUTCOME_MESSAGES: Record<Exclude<RecordOutcomeResult, { ok: true }>["code"], string> = {
  "outcome.no-psfs-activities": "The intake names no PSFS activities to rate again; record them on a new intake.",
  "outcome.psfs-changed": "The PSFS activities changed since this page was opened; reload it and rate them again.",
  "lefs.too-many-blank": `The LEFS is scored with at most ${LEFS_MAX_BLANK} activities left blank.`,
};
