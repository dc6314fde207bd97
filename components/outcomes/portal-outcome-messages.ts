import type { CheckInResult, FinishResult } from "@/lib/dal/portal-outcomes";
import { LEFS_MAX_BLANK } from "@/lib/domain/outcomes/lefs";

type Code = Exclude<FinishResult | CheckInResult, { ok: true }>["code"];

/** Why a questionnaire was not saved, in the client's words; their answers so far are kept. */
export const PORTAL_OUTCOME_MESSAGES: Record<Code, string> = {
  "lefs.too-many-blank": `Please answer more of the skipped questions: a score needs all but ${LEFS_MAX_BLANK} at most.`,
  "lefs.unfinished": "Some questions are not answered yet; go back to them first.",
  "lefs.nothing-open": "There is no questionnaire in progress; start a new one.",
  "outcome.psfs-changed": "Your activities changed since this page was opened; reload it and rate them again.",
};
