"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { byPartOfDay, dayInWords } from "./day-words";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

const slotButton =
  "flex min-h-11 w-full items-center justify-center rounded-md border border-brand-700 bg-white px-2 py-2 text-base font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-60";

/**
 * The chosen day's free times (the portal's booking and moving, the emailed link's moving),
 * each a button that books (or moves to) that time at once: one
 * form, the pressed button sends its start. A refusal is said above the times the server drew
 * again, so the person sees at once what is still free.
 */
export function SlotPicker({
  action,
  fields,
  verb,
  day,
  slots,
  nextDay,
  nextDayHref,
  noneLeft,
  groupHeading: GroupHeading = "h3",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields that travel with the pressed time (type and therapist, or the appointment). */
  fields: Record<string, string>;
  /** What pressing a time does, for screen readers: "Book" or "Move to". */
  verb: string;
  day: string;
  slots: readonly { start: string; time: string }[];
  nextDay: string | null;
  nextDayHref: string | null;
  /** What to say when no day ahead has a free time. */
  noneLeft: ReactNode;
  /** The heading level of "Morning", "Afternoon"… under the page's own headings. */
  groupHeading?: "h3" | "h4";
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const words = dayInWords(day);
  return (
    <div className="space-y-3">
      <FormMessage message={state.message} />
      {slots.length === 0 ? (
        <div className="rounded-md border border-slate-300 bg-white p-4">
          <p>There are no free times on this day.</p>
          <p className="mt-2">
            {nextDay && nextDayHref ? (
              <Link
                href={nextDayHref}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
              >
                Next free day: {dayInWords(nextDay)}
              </Link>
            ) : (
              noneLeft
            )}
          </p>
        </div>
      ) : (
        <form action={formAction} aria-label={`${verb} a time on ${words}`}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {byPartOfDay(slots).map((group) => (
            <div key={group.part} className="mt-3">
              <GroupHeading className="font-semibold text-slate-800">{group.part}</GroupHeading>
              <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
                {group.slots.map((slot) => (
                  <li key={slot.start}>
                    <button type="submit" name="start" value={slot.start} disabled={pending} className={slotButton}>
                      <span className="sr-only">{verb} </span>
                      {slot.time}
                      <span className="sr-only"> on {words}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </form>
      )}
    </div>
  );
}
