import type { Metadata } from "next";
import Link from "next/link";
import { dayInWords, isRealDay } from "@/components/booking/day-words";
import { CalendarGrid } from "@/components/calendar/calendar-grid";
import { CalendarToolbar } from "@/components/calendar/calendar-toolbar";
import { getCalendar, type CalendarView } from "@/lib/dal/calendar";

export const metadata: Metadata = { title: "Calendar" };

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
/** A date from the address only when it exists (2026-13-01 would fail deep in the date maths). */
const realDay = (value: string | string[] | undefined) => {
  const day = one(value);
  return day && isRealDay(day) ? day : undefined;
};

/** "Week of Monday 7 December 2026 to Sunday 13 December 2026", or "Tuesday 8 December 2026". */
function whenOf(calendar: CalendarView): string {
  const first = calendar.days[0]!;
  return calendar.view === "week"
    ? `Week of ${dayInWords(first, true)} to ${dayInWords(calendar.days.at(-1)!, true)}`
    : dayInWords(first, true);
}

function callbacksText(open: number): string {
  if (open === 0) return "No callback requests waiting";
  return open === 1 ? "1 callback request waiting" : `${open} callback requests waiting`;
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const asked = realDay(query.date);
  const calendar = await getCalendar({ view: one(query.view), date: asked, therapist: one(query.therapist) });
  // The day the switches and the date field keep: the one asked for when it is shown, else today
  // when this week holds it, else the first day shown.
  const date =
    asked && calendar.days.includes(asked)
      ? asked
      : calendar.days.includes(calendar.today)
        ? calendar.today
        : calendar.days[0]!;
  const therapist = calendar.therapists.find((t) => t.id === calendar.therapistId);
  const when = whenOf(calendar);
  const newQuery = new URLSearchParams({
    ...(date >= calendar.today ? { day: date } : {}),
    ...(therapist ? { therapist: therapist.id } : {}),
  });
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Calendar</h1>
        <div className="flex flex-wrap items-center gap-4">
          <Link
            href="/calendar/callbacks"
            className={`font-medium underline ${calendar.openCallbacks > 0 ? "text-red-800" : "text-brand-700"}`}
          >
            {callbacksText(calendar.openCallbacks)}
          </Link>
          <Link
            href={`/calendar/new?${newQuery}`}
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
          >
            New appointment
          </Link>
        </div>
      </div>
      <CalendarToolbar calendar={calendar} date={date} />
      <p className="mt-4 mb-2 text-sm text-slate-700">
        Times are {calendar.timeZone} time. Each appointment links to its details, where it can be moved, cancelled or
        marked.
      </p>
      {calendar.appointments.length === 0 ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-4">
          No appointments{therapist ? ` for ${therapist.name}` : ""}: {when}.
        </p>
      ) : (
        <CalendarGrid calendar={calendar} caption={`${when}: ${therapist ? therapist.name : "everyone"}`} />
      )}
    </>
  );
}
