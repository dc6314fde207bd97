"use client";

import type { NoteFormState } from "@/app/(clinician)/clients/[id]/sessions/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatDateTime } from "@/lib/format";

const loadSessionNoteSchema = () => import("@/lib/validation/session-note").then((m) => m.sessionNoteSchema);

/** The sign button (note-actions.tsx) sends this form's fields, so it signs what the screen shows. */
export const SOAP_FORM_ID = "session-note-form";

const SCORES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

interface SoapValues {
  visitDate: string;
  subjective: string;
  painNow: number | null;
  assessment: string;
  plan: string;
  version: number;
}

/** The SOAP draft. The version it was opened at travels with every save (optimistic check). */
export function SoapForm({
  action,
  values,
  timeZone,
}: {
  action: (state: NoteFormState, formData: FormData) => Promise<NoteFormState>;
  values: SoapValues;
  /** The practice's zone: a colleague's save time reads on its clock. */
  timeZone: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadSessionNoteSchema, action);
  const version = state.version ?? values.version;
  const conflict = state.conflict;
  return (
    <form id={SOAP_FORM_ID} onSubmit={onSubmit} noValidate aria-label="Session note" className="space-y-3">
      <input type="hidden" name="version" value={version} />
      <TextField
        label="Visit date"
        name="visitDate"
        type="date"
        defaultValue={values.visitDate}
        error={errors.visitDate}
      />
      <TextAreaField
        label="Subjective"
        name="subjective"
        rows={4}
        hint="What the client reports"
        defaultValue={values.subjective}
        error={errors.subjective}
      />
      <SelectField
        label="Pain now (0–10, NPRS)"
        name="painNow"
        placeholder="Not asked"
        options={SCORES}
        defaultValue={values.painNow === null ? "" : String(values.painNow)}
        error={errors.painNow}
      />
      <p className="text-sm text-slate-700">Objective: the re-measured findings on the body map below.</p>
      <TextAreaField
        label="Assessment"
        name="assessment"
        rows={3}
        defaultValue={values.assessment}
        error={errors.assessment}
      />
      <TextAreaField label="Plan" name="plan" rows={3} defaultValue={values.plan} error={errors.plan} />
      <FormMessage message={state.message ?? errors.version} ok={state.ok} />
      {conflict ? (
        <section
          aria-label="The version saved by someone else"
          className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm"
        >
          <h3 className="font-semibold">
            Saved at {formatDateTime(new Date(conflict.updatedAt), timeZone)} by someone else
          </h3>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">Subjective</dt>
            <dd className="whitespace-pre-wrap">{conflict.subjective || "—"}</dd>
            <dt className="font-medium">Pain now</dt>
            <dd>{conflict.painNow ?? "—"}</dd>
            <dt className="font-medium">Assessment</dt>
            <dd className="whitespace-pre-wrap">{conflict.assessment || "—"}</dd>
            <dt className="font-medium">Plan</dt>
            <dd className="whitespace-pre-wrap">{conflict.plan || "—"}</dd>
          </dl>
        </section>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save draft"}
      </Button>
    </form>
  );
}
