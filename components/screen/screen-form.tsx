"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CONTRAINDICATIONS, FLAG_LEVEL_NAMES } from "@/lib/domain/reference/contraindications";
import { ANSWER_WORDS, LEVEL_STYLE } from "@/lib/flag-display";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/validation/parse";

const loadScreenSchema = () => import("@/lib/validation/screen").then((m) => m.screenSchema);

type Answer = "yes" | "no" | "unknown";

const ANSWERS = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
  { value: "unknown", label: "Unknown" },
];

/** The client's latest recorded screen, which the form starts from. */
export interface PreviousScreen {
  recordedAt: Date;
  answers: Record<string, { answer: Answer; note: string | null }>;
}

/**
 * The contraindication screen: every condition answered yes / no / unknown, with a note. A
 * re-screen starts from the client's latest answers (issue 13, bug 6), and each answer changed
 * from them is marked with what it was, so a change of one answer is one click, and visible.
 */
export function ScreenForm({
  action,
  previous = null,
  timeZone,
  submitLabel = "Record screen",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  previous?: PreviousScreen | null;
  timeZone: string;
  submitLabel?: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadScreenSchema, action);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contraindication screen" className="space-y-3">
      <p className="text-sm text-slate-700">
        Ask every question. “Unknown” is treated like “yes” until it is answered: screening comes first.
      </p>
      {previous ? (
        <p className="text-sm font-medium text-slate-900">
          Answers filled in from the screen of {formatDateTime(previous.recordedAt, timeZone)}: ask each question again
          and change what has changed.
        </p>
      ) : null}
      {CONTRAINDICATIONS.map((c) => {
        const style = LEVEL_STYLE[c.level];
        const before = previous?.answers[c.id];
        const now = answers[c.id] ?? before?.answer;
        const changed = before !== undefined && now !== before.answer;
        return (
          <div
            key={c.id}
            className={`rounded-md border p-3 ${changed ? "border-amber-500 bg-amber-50" : "border-slate-200"}`}
          >
            <RadioGroup
              legend={
                <>
                  <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold uppercase ${style.badge}`}>
                    {FLAG_LEVEL_NAMES[c.level]}
                  </span>
                  {c.name}
                  <span className="block text-xs font-normal text-slate-600">{c.signs}</span>
                </>
              }
              name={`answers.${c.id}.answer`}
              options={ANSWERS}
              defaultValue={before?.answer}
              onChange={(value) => setAnswers((a) => ({ ...a, [c.id]: value }))}
              error={errors[`answers.${c.id}.answer`] ?? errors[`answers.${c.id}`]}
            />
            {changed ? (
              <p className="mt-1 text-sm font-semibold text-amber-900">
                Changed: the last screen said “{ANSWER_WORDS[before.answer]}”.
              </p>
            ) : null}
            <TextField
              label={`Note on ${c.name.toLowerCase()}`}
              name={`answers.${c.id}.note`}
              defaultValue={before?.note ?? ""}
              className="mt-2"
              error={errors[`answers.${c.id}.note`]}
            />
          </div>
        );
      })}
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
