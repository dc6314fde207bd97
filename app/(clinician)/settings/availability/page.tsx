import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentTypeForm } from "@/components/settings/appointment-type-form";
import { BookingRulesForm } from "@/components/settings/booking-rules-form";
import { TherapistPicker } from "@/components/settings/therapist-picker";
import { TimeOffForm } from "@/components/settings/time-off-form";
import { TimeOffList } from "@/components/settings/time-off-list";
import { typeSummary } from "@/components/settings/type-summary";
import { WorkingWeekForm } from "@/components/settings/working-week-form";
import { Section } from "@/components/ui/section";
import { getAvailabilitySettings } from "@/lib/dal/availability";
import { dayIn } from "@/lib/domain/days";
import {
  addTimeOffAction,
  removeTimeOffAction,
  saveAppointmentTypeAction,
  saveBookingRulesAction,
  saveWorkingHoursAction,
} from "./actions";

export const metadata: Metadata = { title: "Availability" };

type Query = Record<string, string | string[] | undefined>;

/**
 * A therapist's working week and time off (theirs, or anyone's for an admin), and for an admin
 * the practice's online booking: its address, rules and appointment types.
 */
export default async function AvailabilityPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const settings = await getAvailabilitySettings({
    therapist: typeof query.therapist === "string" ? query.therapist : undefined,
  });
  const { therapists, therapistId, practice } = settings;
  const therapist = therapists.find((t) => t.id === therapistId);
  const today = dayIn(settings.timeZone, new Date());
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Availability</h1>
      <div className="space-y-4">
        {therapists.length > 1 && therapistId ? (
          <TherapistPicker therapists={therapists} therapistId={therapistId} />
        ) : null}
        {therapist ? (
          <>
            <Section id="week" title={`Working week of ${therapist.name}`}>
              <WorkingWeekForm
                key={therapist.id}
                action={saveWorkingHoursAction.bind(null, therapist.id)}
                hours={settings.hours}
              />
            </Section>
            <Section id="time-off" title={`Time off of ${therapist.name}`}>
              <TimeOffList timeOff={settings.timeOff} removeAction={(id) => removeTimeOffAction.bind(null, id)} />
              <h3 className="mt-4 mb-2 font-semibold">Add time off</h3>
              <TimeOffForm key={therapist.id} action={addTimeOffAction.bind(null, therapist.id)} today={today} />
            </Section>
          </>
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4">There is no working week for you to edit.</p>
        )}
        {practice ? (
          <>
            <Section id="booking" title="Online booking">
              <p className="mb-3">
                Public booking page:{" "}
                <Link href={`/book/${practice.slug}`} className="font-semibold text-brand-700 underline">
                  /book/{practice.slug}
                </Link>
              </p>
              <BookingRulesForm
                action={saveBookingRulesAction}
                rules={{
                  minNoticeHours: Math.round(practice.minNoticeMinutes / 60),
                  horizonWeeks: Math.max(1, Math.round(practice.horizonDays / 7)),
                  cancelWindowHours: practice.cancelWindowHours,
                }}
              />
            </Section>
            <Section id="types" title="Appointment types">
              {practice.types.length === 0 ? <p className="text-sm text-slate-700">No types yet.</p> : null}
              <ul className="space-y-2">
                {practice.types.map((t) => (
                  <li key={t.id}>
                    <details className="rounded-md border border-slate-300">
                      <summary className="cursor-pointer px-3 py-2">
                        <span className="font-semibold">{t.name}</span>
                        <span className="text-sm text-slate-700"> — {typeSummary(t)}</span>
                      </summary>
                      <div className="border-t border-slate-200 p-3">
                        <AppointmentTypeForm
                          action={saveAppointmentTypeAction.bind(null, t.id)}
                          type={t}
                          label={`Edit ${t.name}`}
                        />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
              <h3 className="mt-6 mb-2 font-semibold">Add an appointment type</h3>
              <AppointmentTypeForm
                action={saveAppointmentTypeAction.bind(null, null)}
                label="Add an appointment type"
              />
            </Section>
          </>
        ) : null}
      </div>
    </>
  );
}
