import type { Metadata } from "next";
import Link from "next/link";
import { dayInWords, dayProblem, isRealDay } from "@/components/booking/day-words";
import { typeDetail } from "@/components/booking/type-detail";
import { appointmentWhen } from "@/components/portal/appointment-list";
import { SlotPicker } from "@/components/booking/slot-picker";
import { SlotSearchForm } from "@/components/portal/slot-search-form";
import { getPortalBooking, type PortalBooking } from "@/lib/dal/portal-appointments";
import { bookAppointmentAction, moveAppointmentAction } from "../actions";

type Query = {
  type?: string | string[];
  therapist?: string | string[];
  day?: string | string[];
  move?: string | string[];
};
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: { searchParams: Promise<Query> }): Promise<Metadata> {
  return { title: one((await searchParams).move) ? "Move your appointment" : "Book an appointment" };
}

const backLink = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2";

/** The address of this page for another day, keeping what else was chosen. */
function dayHref(booking: PortalBooking, day: string): string {
  const query = new URLSearchParams(
    booking.moving
      ? { move: booking.moving.id, day }
      : { ...(booking.typeId ? { type: booking.typeId } : {}), therapist: booking.therapistId, day },
  );
  return `/portal/appointments/book?${query}`;
}

/** Where to turn when nothing is bookable online: the appointments page shows the practice's phone. */
const callThePractice = (
  <>
    Please call the practice: its number is on{" "}
    <Link href="/portal/appointments" className="font-semibold text-brand-700 underline underline-offset-2">
      your appointments page
    </Link>
    .
  </>
);

/** Booking a follow-up, or moving one appointment (?move=id), from the practice's free times. */
export default async function PortalBookPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const asked = { type: one(query.type), therapist: one(query.therapist), day: one(query.day), move: one(query.move) };
  // Only real dates reach the data-access layer; anything else is answered next to the field.
  const booking = await getPortalBooking({ ...asked, day: asked.day && isRealDay(asked.day) ? asked.day : undefined });
  const { moving } = booking;
  const back = (
    <p>
      <Link href="/portal/appointments" className={backLink}>
        <span aria-hidden="true">←&nbsp;</span>Your appointments
      </Link>
    </p>
  );

  if (moving && !moving.mayChange) {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-2xl font-semibold">Move your appointment</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Your {moving.typeName} on {appointmentWhen(moving, true)}{" "}
          {moving.status === "booked" ? (
            <>is too close to change online. {callThePractice}</>
          ) : (
            <>
              {moving.status === "cancelled" ? "is cancelled" : "has taken place"}: there is nothing to move.{" "}
              <Link
                href="/portal/appointments/book"
                className="font-semibold text-brand-700 underline underline-offset-2"
              >
                Book an appointment
              </Link>
            </>
          )}
        </p>
      </div>
    );
  }

  if (!moving && (booking.types.length === 0 || booking.therapists.length === 0)) {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-2xl font-semibold">Book an appointment</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          Online booking is not open at the moment. {callThePractice}
        </p>
      </div>
    );
  }

  // The data-access layer falls back to a sensible choice; say so next to the field it replaced.
  const errors = {
    day: dayProblem(asked.day, booking.day, booking.firstDay, booking.lastDay) ?? undefined,
    type:
      !moving && asked.type && asked.type !== booking.typeId ? "Choose an appointment type from the list." : undefined,
    therapist:
      !moving && asked.therapist && asked.therapist !== booking.therapistId
        ? "That therapist is not taking online bookings: showing anyone available."
        : undefined,
  };
  const type = booking.types.find((t) => t.id === booking.typeId);
  const therapistName = booking.therapists.find((t) => t.id === booking.therapistId)?.name;
  // When moving, the appointment's own time is offered too (it is free to it): moving there changes nothing.
  const slots = moving ? booking.slots.filter((s) => s.start !== moving.start) : booking.slots;
  const nextDay = booking.nextDay;

  return (
    <div className="space-y-5">
      {back}
      <h1 className="text-2xl font-semibold">{moving ? "Move your appointment" : "Book an appointment"}</h1>
      {moving ? (
        <section aria-labelledby="moving-heading" className="rounded-lg border border-slate-300 bg-white p-4">
          <h2 id="moving-heading" className="text-lg font-semibold">
            You are moving
          </h2>
          <p className="mt-1">
            Your {moving.typeName} with {moving.therapistName}, now on{" "}
            <span className="font-semibold">{appointmentWhen(moving)}</span>.
          </p>
          <p className="mt-1 text-sm text-slate-700">
            Choose a new day and time with {moving.therapistName}. Until you press a new time, the appointment stays
            where it is.
          </p>
        </section>
      ) : null}
      <SlotSearchForm booking={booking} errors={errors} />
      <section aria-labelledby="times-heading" className="space-y-2">
        <h2 id="times-heading" className="text-xl font-semibold">
          Free times on {dayInWords(booking.day, true)}
        </h2>
        {booking.typeId ? (
          <>
            <p className="text-sm text-slate-700">
              {type ? `${type.name} (${typeDetail(type)})` : moving?.typeName} with{" "}
              {therapistName ?? "the first therapist free"}. Press a time to{" "}
              {moving ? "move your appointment there" : "book it"}. Times are {booking.timeZone} time.
            </p>
            <SlotPicker
              key={`${booking.day}|${booking.typeId}|${booking.therapistId}`}
              action={moving ? moveAppointmentAction : bookAppointmentAction}
              fields={moving ? { id: moving.id } : { typeId: booking.typeId, therapistId: booking.therapistId }}
              verb={moving ? "Move to" : "Book"}
              day={booking.day}
              slots={slots}
              nextDay={nextDay}
              nextDayHref={nextDay ? dayHref(booking, nextDay) : null}
              noneLeft={<>There are no free times online in the coming weeks. {callThePractice}</>}
            />
          </>
        ) : (
          <p className="text-slate-700">Choose an appointment type, then press “Show free times”.</p>
        )}
      </section>
    </div>
  );
}
