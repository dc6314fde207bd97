"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import type { OfferedSlot } from "@/lib/dal/booking";
import type { FormState } from "@/lib/validation/parse";
import { byPartOfDay, dayInWords } from "./day-words";

const slotButton =
  "flex min-h-11 w-full items-center justify-center rounded-md border border-brand-700 bg-white px-2 py-2 text-base font-semibold text-brand-900 hover:bg-brand-50 disabled:opacity-60";

/**
 * The chosen day's free times with the same therapist, each a button that moves the booking
 * there at once (one form: the pressed button sends its time).
 */
export function RescheduleTimes({
  action,
  day,
  slots,
  nextDayHref,
  nextDay,
  noneLeft,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  day: string;
  slots: readonly OfferedSlot[];
  nextDay: string | null;
  nextDayHref: string | null;
  /** What to say when no day has a free time (the phone). */
  noneLeft: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  const words = dayInWords(day);
  return (
    <div className="space-y-3">
      <h3 className="text-lg font-semibold">Free times on {dayInWords(day, true)}</h3>
      <FormMessage message={state.message} />
      {slots.length === 0 ? (
        <div className="rounded-md border border-slate-300 bg-white p-4">
          <p>There are no free times on this day.</p>
          <p className="mt-2">
            {nextDay && nextDayHref ? (
              <Link
                href={nextDayHref}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                Next free day: {dayInWords(nextDay)}
              </Link>
            ) : (
              noneLeft
            )}
          </p>
        </div>
      ) : (
        <form action={formAction} aria-label={`Move to a time on ${words}`}>
          {byPartOfDay(slots).map((group) => (
            <div key={group.part} className="mt-3">
              <h4 className="font-semibold text-slate-800">{group.part}</h4>
              <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
                {group.slots.map((slot) => (
                  <li key={slot.start}>
                    <button type="submit" name="start" value={slot.start} disabled={pending} className={slotButton}>
                      <span className="sr-only">Move to </span>
                      {slot.time}
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
