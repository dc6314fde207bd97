import Link from "next/link";
import { dayInWords } from "@/components/booking/day-words";
import { CallUs } from "@/components/booking/phone-link";
import type { MyAppointment } from "@/lib/dal/portal-appointments";
import type { FormState } from "@/lib/validation/parse";
import { AppointmentCancelForm } from "./appointment-cancel-form";
import { insideWindowText, STATUS_WORDS } from "./appointment-messages";

/** "Tuesday 8 December at 10:00" (with the year for the past ones). */
export function appointmentWhen(appointment: Pick<MyAppointment, "day" | "time">, withYear = false): string {
  return `${dayInWords(appointment.day, withYear)} at ${appointment.time}`;
}

const moveLink =
  "flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-5 font-semibold text-brand-900 hover:bg-brand-50";

/**
 * The appointments still to come, each with what the client may do about it: move or cancel
 * online outside the practice's window, otherwise the phone.
 */
export function UpcomingAppointments({
  appointments,
  cancelWindowHours,
  practicePhone,
  cancelAction,
}: {
  appointments: readonly MyAppointment[];
  cancelWindowHours: number;
  practicePhone: string | null;
  cancelAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  if (appointments.length === 0) {
    return <p className="text-slate-700">You have no appointments booked.</p>;
  }
  return (
    <ul className="space-y-3">
      {appointments.map((a) => {
        const what = `${a.typeName} on ${appointmentWhen(a)}`;
        return (
          <li key={a.id} className="rounded-md border border-slate-300 p-3">
            <p className="text-lg font-semibold">{appointmentWhen(a)}</p>
            <p className="text-slate-700">
              {a.typeName} with {a.therapistName}
            </p>
            {a.mayChange ? (
              <div className="mt-3 flex flex-wrap items-start gap-2">
                <Link href={`/portal/appointments/book?move=${a.id}`} className={moveLink}>
                  Move<span className="sr-only"> {what}</span>
                </Link>
                <AppointmentCancelForm action={cancelAction} appointmentId={a.id} what={what} />
              </div>
            ) : (
              <p className="mt-2 rounded-md bg-slate-100 p-2 text-sm text-slate-800">
                {insideWindowText(cancelWindowHours)} <CallUs phone={practicePhone} lead="To change it, call" />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Appointments that took place (or were missed or cancelled), newest first, in words. */
export function PastAppointments({ appointments }: { appointments: readonly MyAppointment[] }) {
  if (appointments.length === 0) {
    return <p className="text-slate-700">Nothing here yet.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200">
      {appointments.map((a) => (
        <li key={a.id} className="py-2">
          <p className="font-medium">{appointmentWhen(a, true)}</p>
          <p className="text-sm text-slate-700">
            {a.typeName} with {a.therapistName} ·{" "}
            <span className="font-medium text-slate-900">{STATUS_WORDS[a.status]}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
