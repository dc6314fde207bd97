import Link from "next/link";
import type { CalendarAppointment } from "@/lib/dal/calendar";
import { timeRange } from "./calendar-href";
import { STATUS_WORDS } from "./calendar-messages";

const tone: Record<CalendarAppointment["status"], string> = {
  booked: "border-brand-700 bg-brand-50",
  attended: "border-green-700 bg-green-50",
  "no-show": "border-amber-700 bg-amber-50",
  cancelled: "border-slate-400 bg-slate-50 text-slate-700",
};

/**
 * One appointment in a cell of the calendar: a link whose text says all of it (time, client,
 * type, therapist, status), so a screen reader's list of links is a usable agenda. A cancelled
 * one is struck through and says "Cancelled": never colour alone.
 */
export function AppointmentLink({ appointment: a }: { appointment: CalendarAppointment }) {
  const cancelled = a.status === "cancelled";
  return (
    <Link
      href={`/calendar/appointments/${a.id}`}
      prefetch={false}
      className={`block rounded-md border-l-4 px-2 py-1 text-sm text-slate-900 hover:underline ${tone[a.status]}`}
    >
      <span className={cancelled ? "line-through" : undefined}>
        <span className="font-semibold">{timeRange(a.startTime, a.endTime)}</span> {a.clientName}, {a.typeName} with{" "}
        {a.therapistName}
      </span>
      <span className="block text-xs font-medium uppercase tracking-wide">
        <span className="sr-only">, </span>
        {STATUS_WORDS[a.status]}
      </span>
    </Link>
  );
}
