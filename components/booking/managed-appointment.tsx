import type { ManagedBooking } from "@/lib/dal/booking-manage";
import { dayIn } from "@/lib/domain/days";
import { formatTime } from "@/lib/format";
import { dayInWords } from "./day-words";
import { FactsCard } from "./facts-card";

const clock = (iso: string, timeZone: string) => formatTime(new Date(iso), timeZone);
const dayOf = (iso: string, timeZone: string) => dayIn(timeZone, new Date(iso));

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
  return <FactsCard id="appointment-heading" title="Booking details" rows={rows} />;
}

/** "Tuesday 8 December 2026 at 10:00": for sentences about the booking. */
export function appointmentWhen(booking: ManagedBooking): string {
  const zone = booking.practice.timeZone;
  return `${dayInWords(dayOf(booking.appointment.start, zone), true)} at ${clock(booking.appointment.start, zone)}`;
}
