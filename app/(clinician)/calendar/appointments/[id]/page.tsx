import type { Metadata } from "next";
import Link from "next/link";
import { dayInWords, isRealDay } from "@/components/booking/day-words";
import { AppointmentDetails } from "@/components/calendar/appointment-details";
import { calendarHref } from "@/components/calendar/calendar-href";
import { APPOINTMENT_MESSAGES, doneMessage } from "@/components/calendar/calendar-messages";
import { freeTimesByTherapist } from "@/components/calendar/free-times";
import { MarkForm } from "@/components/calendar/mark-form";
import { MoveDayForm } from "@/components/calendar/move-day-form";
import { SlotForm } from "@/components/calendar/slot-form";
import { ActionButton } from "@/components/plan/action-button";
import { FormMessage } from "@/components/ui/fields";
import { Section } from "@/components/ui/section";
import { getAppointment } from "@/lib/dal/appointments";
import { dayIn } from "@/lib/domain/days";
import { cancelAppointmentAction, markAppointmentAction, moveAppointmentAction } from "../actions";

export const metadata: Metadata = { title: "Appointment" };

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const day = one(query.day);
  const a = await getAppointment(id, { day: day && isRealDay(day) ? day : undefined });
  const asked = one(query.therapist);
  // Whose free times the move offers: the one asked for, everyone, or (at first) the same therapist.
  const freeOf = asked === "all" || a.therapists.some((t) => t.id === asked) ? asked! : a.therapistId;
  const free = freeTimesByTherapist(a.suggestions, a.therapists, freeOf === "all" ? undefined : freeOf);
  const booked = a.status === "booked";
  const { started } = a;
  const today = dayIn(a.timeZone, new Date());
  // Once it has started, attendance is the task at hand; before, moving or cancelling is.
  const attendance = (
    <Section id="attendance" title="Attendance">
      {a.status === "cancelled" ? (
        <p className="text-sm text-slate-700">This appointment was cancelled; there is nothing to mark.</p>
      ) : started ? (
        <>
          {booked ? null : <p className="mb-2 text-sm text-slate-700">To correct the mark, choose again.</p>}
          <MarkForm action={markAppointmentAction.bind(null, a.id)} />
        </>
      ) : (
        <p className="text-sm text-slate-700">{APPOINTMENT_MESSAGES["appointment.not-started"]}</p>
      )}
    </Section>
  );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          href={calendarHref({ view: "day", date: a.day, therapist: a.therapistId })}
          className="text-brand-700 underline"
        >
          <span aria-hidden="true">← </span>Calendar, {dayInWords(a.day)}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">
        {a.typeName} for {a.client.name}
      </h1>
      <div className="mb-4">
        <FormMessage message={doneMessage(query.done)} ok />
      </div>
      <div className="space-y-4">
        <Section id="details" title="Details">
          <AppointmentDetails appointment={a} />
          <p className="mt-3 text-sm">
            <Link href={`/calendar/new?client=${a.client.id}`} className="text-brand-700 underline">
              Book another appointment for {a.client.name}
            </Link>
          </p>
        </Section>

        {started ? attendance : null}
        {booked ? (
          <>
            <Section id="move" title="Move">
              <div className="space-y-4">
                <MoveDayForm
                  action={`/calendar/appointments/${a.id}`}
                  day={a.moveDay}
                  today={today}
                  therapist={freeOf}
                  therapists={a.therapists}
                />
                <SlotForm
                  key={`${a.moveDay}-${freeOf}`}
                  kind="move"
                  action={moveAppointmentAction.bind(null, a.id)}
                  hidden={{ day: a.moveDay }}
                  therapists={a.therapists}
                  therapistId={freeOf === "all" ? a.therapistId : freeOf}
                  free={free}
                  dayWords={dayInWords(a.moveDay, true)}
                  submitLabel="Move appointment"
                />
              </div>
            </Section>
            <Section id="cancel" title="Cancel">
              <p className="mb-2 text-sm text-slate-700">
                The client is emailed that it is cancelled. Staff may cancel at any time.
              </p>
              <ActionButton
                action={cancelAppointmentAction.bind(null, a.id)}
                label="Cancel this appointment"
                variant="secondary"
              />
            </Section>
          </>
        ) : null}
        {started ? null : attendance}
      </div>
    </>
  );
}
