"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import type { FreeTimes } from "./free-times";

const schemas = {
  book: () => import("@/lib/validation/appointments").then((m) => m.newAppointmentSchema),
  move: () => import("@/lib/validation/appointments").then((m) => m.appointmentSlotSchema),
} as const;

const chip =
  "min-h-10 min-w-16 rounded-md border px-2 py-1.5 text-sm font-semibold aria-pressed:bg-brand-700 aria-pressed:text-white";

/**
 * Therapist and start time of a booking or a move. The day's free starts are buttons that fill
 * the two fields in (and move focus to the time, so a screen reader hears what was chosen);
 * any other time can be typed. The server decides: a clash answers next to the time field.
 */
export function SlotForm({
  kind,
  action,
  hidden,
  therapists,
  therapistId,
  free,
  dayWords,
  submitLabel,
}: {
  kind: keyof typeof schemas;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The choices made on earlier steps: client, type and day. */
  hidden: Record<string, string>;
  therapists: { id: string; name: string }[];
  therapistId: string;
  free: FreeTimes;
  dayWords: string;
  submitLabel: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(schemas[kind], action);
  const [therapist, setTherapist] = useState(therapistId);
  const [time, setTime] = useState("");
  const stale = errors.day ?? errors.clientId ?? errors.typeId;
  function choose(t: string, id: string) {
    setTherapist(id);
    setTime(t);
    document.getElementById(`${kind}-time`)?.focus();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={submitLabel} className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <h3 className="font-semibold">Free times on {dayWords}</h3>
        {free.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">No free times that day; try another day, or type a time below.</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-700">Choose one to fill in the therapist and time below.</p>
            {free.map((group) => (
              <div key={group.therapistId} className="mt-2">
                <p id={`free-${group.therapistId}`} className="text-sm font-medium">
                  {group.name}
                </p>
                <ul aria-labelledby={`free-${group.therapistId}`} className="mt-1 flex flex-wrap gap-2">
                  {group.times.map((t) => (
                    <li key={t}>
                      <button
                        type="button"
                        className={`${chip} border-brand-700 bg-white text-brand-900 hover:bg-brand-50`}
                        aria-pressed={t === time && group.therapistId === therapist}
                        onClick={() => choose(t, group.therapistId)}
                      >
                        {t}
                        <span className="sr-only"> with {group.name}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Therapist"
          name="therapistId"
          id={`${kind}-therapist`}
          value={therapist}
          onChange={(e) => setTherapist(e.target.value)}
          error={errors.therapistId}
          placeholder="Choose a therapist"
          options={therapists.map((t) => ({ value: t.id, label: t.name }))}
        />
        <TextField
          label="Start time"
          name="time"
          id={`${kind}-time`}
          type="time"
          value={time}
          onChange={(e) => setTime(e.target.value)}
          hint={`On ${dayWords}; 24-hour, like 14:30.`}
          error={errors.time}
        />
      </div>
      <FormMessage message={stale ?? state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
