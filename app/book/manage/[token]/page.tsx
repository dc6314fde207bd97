import type { Metadata } from "next";
import Link from "next/link";
import { BOOKED_STATUS, CANCELLED_STATUS, MOVED_STATUS } from "@/components/booking/booking-messages";
import { dayProblem, isRealDay } from "@/components/booking/day-words";
import { ManageChanges } from "@/components/booking/manage-changes";
import { ManagedAppointment } from "@/components/booking/managed-appointment";
import { CallUs } from "@/components/booking/phone-link";
import { PracticeHeader } from "@/components/booking/practice-header";
import { RescheduleDayForm } from "@/components/booking/reschedule-day-form";
import { RescheduleTimes } from "@/components/booking/reschedule-times";
import { getManagedBooking } from "@/lib/dal/booking-manage";
import { cancelAction, rescheduleAction } from "./actions";

// The address holds the key to the booking: keep it out of search engines.
export const metadata: Metadata = { title: "Your appointment", robots: { index: false, follow: false } };

type Query = {
  day?: string | string[];
  booked?: string | string[];
  moved?: string | string[];
  cancelled?: string | string[];
};
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const frame = "mx-auto max-w-xl px-4 py-6";

/** The emailed link to one booking: see it, move it or cancel it, up to the cancellation window. */
export default async function ManageBookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const askedDay = one(query.day);
  // Only real dates reach the data-access layer; anything else is answered next to the field.
  const booking = await getManagedBooking(token, { day: askedDay && isRealDay(askedDay) ? askedDay : undefined });

  if (!booking) {
    return (
      <main id="main" className={frame}>
        <h1 className="text-2xl font-semibold">This link is no longer valid</h1>
        <p className="mt-2 text-slate-700">
          Links to a booking stop working when the booking changes (each change sends a new email), when it is
          cancelled, and once the appointment has started.
        </p>
        <p className="mt-2 text-slate-700">
          Use the link in the latest email about your appointment, or call the practice: their number is in that email.
        </p>
      </main>
    );
  }

  const { practice, appointment } = booking;
  const notice =
    one(query.booked) === "1"
      ? BOOKED_STATUS
      : one(query.moved) === "1"
        ? MOVED_STATUS
        : one(query.cancelled) === "1"
          ? CANCELLED_STATUS
          : null;
  const statusNotice = notice ? (
    <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
      {notice}
    </p>
  ) : null;
  const header = (
    <>
      <PracticeHeader practice={practice} title="Your appointment" />
      {appointment.status === "booked" ? (
        <p className="mb-4 rounded-md border border-brand-700 bg-brand-50 p-3 text-slate-900">
          Before your visit, tell your therapist about your pain and your health.{" "}
          <Link href={`/book/manage/${token}/pre-visit`} className="font-semibold underline">
            Fill in the pre-visit form
          </Link>
        </p>
      ) : null}
    </>
  );

  if (!booking.mayChange) {
    return (
      <main id="main" className={frame}>
        {header}
        {statusNotice}
        <ManagedAppointment booking={booking} />
        <p className="mt-4 rounded-md border border-slate-300 bg-white p-4">
          {appointment.status === "booked" ? (
            <>
              Changes less than {booking.cancelWindowHours} hours before the appointment cannot be made online.{" "}
              <CallUs phone={practice.phone} lead="Please call us on" />
            </>
          ) : appointment.status === "cancelled" ? (
            <>
              This appointment is cancelled. <CallUs phone={practice.phone} lead="To book again, call us on" />
            </>
          ) : (
            <>
              This appointment has taken place. <CallUs phone={practice.phone} lead="To book again, call us on" />
            </>
          )}
        </p>
      </main>
    );
  }

  const dayHref = (day: string) => `/book/manage/${token}?day=${day}`;
  const slots = booking.slots;
  return (
    <main id="main" className={frame}>
      {header}
      <ManageChanges
        cancelAction={cancelAction.bind(null, token)}
        summary={
          <div>
            {statusNotice}
            <ManagedAppointment booking={booking} />
          </div>
        }
        cancelledSummary={
          <ManagedAppointment booking={{ ...booking, appointment: { ...appointment, status: "cancelled" } }} />
        }
        bookAgainHref={`/book/${practice.slug}`}
      >
        <section aria-labelledby="move-heading" className="space-y-4">
          <div>
            <h2 id="move-heading" className="text-xl font-semibold">
              Move to another time
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              Same therapist, same appointment. You can change it online up to {booking.cancelWindowHours} hours before
              it starts.
            </p>
          </div>
          <RescheduleDayForm
            token={token}
            booking={booking}
            error={dayProblem(askedDay, booking.day, booking.firstDay, booking.lastDay) ?? undefined}
          />
          <RescheduleTimes
            action={rescheduleAction.bind(null, token)}
            day={booking.day}
            slots={slots}
            nextDay={booking.nextDay}
            nextDayHref={booking.nextDay ? dayHref(booking.nextDay) : null}
            noneLeft={
              <>
                There are no free times online in the coming weeks. <CallUs phone={practice.phone} />
              </>
            }
          />
        </section>
      </ManageChanges>
    </main>
  );
}
