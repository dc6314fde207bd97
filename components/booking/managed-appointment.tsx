import type { ManagedBooking } from "@/lib/dal/booking-manage";
import { dayInWords } from "./day-words";

const clock = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
const dayOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(iso),
  );

const STATUS_WORDS = {
  booked: "Booked",
  cancelled: "Cancelled",
  attended: "Attended",
  "no-show": "Missed",
} as const;

/** One booking in words, in the practice's time zone. */
export function ManagedAppointment({ booking }: { booking: ManagedBooking }) {
  const { appointment, practice } = booking;
  const zone = practice.timeZone;
  const rows = [
    ["Appointment", appointment.typeName],
    ["With", appointment.therapistName],
    [
      "When",
      `${dayInWords(dayOf(appointment.start, zone), true)}, ${clock(appointment.start, zone)} to ${clock(appointment.end, zone)} (${zone} time)`,
    ],
    ["Where", [practice.name, practice.address].filter(Boolean).join(", ")],
    ["Status", STATUS_WORDS[appointment.status]],
  ] as const;
  return (
    <section aria-labelledby="appointment-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="appointment-heading" className="text-lg font-semibold">
        Booking details
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-700">{term}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** "Tuesday 8 December 2026 at 10:00": for sentences about the booking. */
export function appointmentWhen(booking: ManagedBooking): string {
  const zone = booking.practice.timeZone;
  return `${dayInWords(dayOf(booking.appointment.start, zone), true)} at ${clock(booking.appointment.start, zone)}`;
}
