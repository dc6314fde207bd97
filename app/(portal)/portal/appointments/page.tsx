import type { Metadata } from "next";
import Link from "next/link";
import { PhoneLink } from "@/components/booking/phone-link";
import { PastAppointments, UpcomingAppointments } from "@/components/portal/appointment-list";
import { APPOINTMENT_NOTICES, type AppointmentNotice } from "@/components/portal/appointment-messages";
import { Section } from "@/components/ui/section";
import { getMyAppointments } from "@/lib/dal/portal-appointments";
import { cancelAppointmentAction } from "./actions";

export const metadata: Metadata = { title: "Appointments" };

type Query = Partial<Record<AppointmentNotice, string | string[]>>;

/** The notice after a change, from the address the action redirected to (?booked=1, ?moved=1, ?cancelled=1). */
function noticeOf(query: Query): string | null {
  const done = (Object.keys(APPOINTMENT_NOTICES) as AppointmentNotice[]).find((key) => query[key] === "1");
  return done ? APPOINTMENT_NOTICES[done] : null;
}

export default async function PortalAppointmentsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const [mine, query] = await Promise.all([getMyAppointments(), searchParams]);
  const notice = noticeOf(query);
  const booked = mine.upcoming.filter((a) => a.status === "booked");
  // Cancelled ones still ahead are history too: newest first, before the past ones.
  const history = [...mine.upcoming.filter((a) => a.status !== "booked").reverse(), ...mine.past];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Your appointments</h1>
      {notice ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      <p>
        <Link
          href="/portal/appointments/book"
          className="flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-base font-semibold text-white hover:bg-brand-900 sm:w-auto sm:inline-flex"
        >
          Book an appointment
        </Link>
      </p>
      <Section id="upcoming" title="Coming up">
        <UpcomingAppointments
          appointments={booked}
          cancelWindowHours={mine.cancelWindowHours}
          practicePhone={mine.practice.phone}
          cancelAction={cancelAppointmentAction}
        />
        <p className="mt-3 text-sm text-slate-700">
          Times are {mine.timeZone} time. You can move or cancel online up to {mine.cancelWindowHours} hours before an
          appointment.
        </p>
      </Section>
      <Section id="history" title="Past and cancelled">
        <PastAppointments appointments={history} />
      </Section>
      <Section id="practice" title="Your practice">
        <p className="font-semibold">{mine.practice.name}</p>
        {mine.practice.address ? <p className="whitespace-pre-line">{mine.practice.address}</p> : null}
        {mine.practice.phone ? (
          <p className="mt-1">
            Phone: <PhoneLink phone={mine.practice.phone} className="inline-flex min-h-11 items-center" />
          </p>
        ) : null}
      </Section>
    </div>
  );
}
