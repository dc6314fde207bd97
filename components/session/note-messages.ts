import type { SignBlocker } from "@/lib/domain/charting";

/** What a therapist reads when the record refuses a change to a session note (codes from lib/dal). */
export const NOTE_MESSAGES = {
  "note.signed": "This note is signed and locked; it can no longer change. Add an amendment instead.",
  "note.conflict":
    "Someone else saved this note while you were editing. Your text is still in the form; the version they saved is shown below. Save again to replace it with yours.",
  "note.changed": "The note changed since you opened it. Review the saved text, then sign.",
  "note.not-signed": "Drafts are edited directly; amendments are for signed notes.",
} as const;

const BLOCKERS: Record<SignBlocker, string> = {
  "note.already-signed": "This note is already signed.",
  "note.consent-missing":
    "Not signed: the client's consent to treatment is not on file. Record it (below, or the client gives it in their portal), then sign.",
  "note.screen-missing": "Re-ask the contraindication screen at this visit before signing.",
  "note.empty": "Write at least the subjective, assessment or plan before signing.",
};

export const signBlockerText = (blockers: readonly SignBlocker[]) => blockers.map((b) => BLOCKERS[b]).join(" ");

/** Signing sends the note's fields as the screen shows them; one of them is not valid. */
export const NOT_SIGNED_BAD_FIELDS = "Not signed: correct the note above, then sign.";
