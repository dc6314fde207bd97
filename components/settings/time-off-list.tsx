import { dayInWords } from "@/components/booking/day-words";
import type { AvailabilitySettings } from "@/lib/dal/availability";

type TimeOff = AvailabilitySettings["timeOff"][number];

/** "Monday 8 December 2026 to Wednesday 10 December 2026 (whole days)", or a part of one day. */
export function timeOffWords(t: TimeOff): string {
  if (t.kind === "partial") return `${dayInWords(t.fromDay, true)}, ${t.startTime}–${t.endTime}`;
  return t.toDay === t.fromDay
    ? `${dayInWords(t.fromDay, true)} (whole day)`
    : `${dayInWords(t.fromDay, true)} to ${dayInWords(t.toDay, true)} (whole days)`;
}

/** Upcoming time off, each with a button that removes it (a plain form: it works without script). */
export function TimeOffList({
  timeOff,
  removeAction,
}: {
  timeOff: TimeOff[];
  removeAction: (id: string) => (formData: FormData) => Promise<void>;
}) {
  if (timeOff.length === 0) return <p className="text-sm text-slate-700">No time off planned.</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {timeOff.map((t) => (
        <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            {timeOffWords(t)}
            {t.note ? <span className="block text-sm text-slate-700">{t.note}</span> : null}
          </span>
          <form action={removeAction(t.id)}>
            <button
              type="submit"
              className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-semibold hover:bg-slate-100"
            >
              Remove<span className="sr-only"> time off {timeOffWords(t)}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
