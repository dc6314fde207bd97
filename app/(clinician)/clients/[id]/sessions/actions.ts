"use server";

import { revalidatePath } from "next/cache";
import { NOT_SIGNED_BAD_FIELDS, NOTE_MESSAGES, signBlockerText } from "@/components/session/note-messages";
import { saveFinding } from "@/lib/dal/findings";
import { recordScreen } from "@/lib/dal/screens";
import { addAmendment, saveDraft, signNote } from "@/lib/dal/session-notes";
import { flagSummary } from "@/lib/flag-display";
import { findingSchema } from "@/lib/validation/finding";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { screenSchema } from "@/lib/validation/screen";
import { amendmentSchema, sessionNoteSchema } from "@/lib/validation/session-note";

export interface NoteFormState extends FormState {
  version?: number;
  conflict?: {
    subjective: string;
    painNow: number | null;
    assessment: string;
    plan: string;
    visitDate: string;
    updatedAt: string;
  };
}

const refresh = () => revalidatePath("/clients/[id]", "layout");

export async function saveDraftAction(
  noteId: string,
  _state: NoteFormState,
  formData: FormData,
): Promise<NoteFormState> {
  const parsed = parseForm(sessionNoteSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await saveDraft(noteId, parsed.data);
  refresh();
  if (result.ok) return { ok: true, message: "Draft saved.", version: result.version };
  if (result.code === "note.signed") return { message: NOTE_MESSAGES[result.code] };
  const { version, updatedAt, ...text } = result.current;
  return { message: NOTE_MESSAGES[result.code], version, conflict: { ...text, updatedAt: updatedAt.toISOString() } };
}

/**
 * Signs what the signer's screen shows: the sign button sends the draft form's fields with it,
 * saved and signed in one step. Bad fields refuse the signing, naming them; nothing is written.
 */
export async function signNoteAction(noteId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(sessionNoteSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: NOT_SIGNED_BAD_FIELDS };
  const { version, ...text } = parsed.data;
  const result = await signNote(noteId, version, text);
  refresh();
  if (result.ok) return { ok: true, message: "Note signed and locked." };
  return {
    message: result.code === "note.sign-blocked" ? signBlockerText(result.blockers) : NOTE_MESSAGES[result.code],
  };
}

export async function saveNoteFindingAction(noteId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(findingSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await saveFinding({ noteId }, parsed.data);
  refresh();
  return result.ok ? { ok: true, message: "Finding saved." } : { message: NOTE_MESSAGES[result.code] };
}

export async function recordNoteScreenAction(
  noteId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(screenSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors, message: "Answer every question of the screen." };
  const result = await recordScreen({ noteId }, parsed.data);
  refresh();
  return result.ok
    ? { ok: true, message: flagSummary(result.opened, result.changed) }
    : { message: NOTE_MESSAGES[result.code] };
}

export async function addAmendmentAction(noteId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(amendmentSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await addAmendment(noteId, parsed.data.body);
  refresh();
  return result.ok ? { ok: true, message: "Amendment added." } : { message: NOTE_MESSAGES[result.code] };
}
