import type { Metadata } from "next";
import Link from "next/link";
import { dayInWords, isRealDay } from "@/components/booking/day-words";
import { BookingChoiceForm } from "@/components/calendar/booking-choice-form";
import { ClientSearch } from "@/components/calendar/client-search";
import { freeTimesByTherapist } from "@/components/calendar/free-times";
import { SlotForm } from "@/components/calendar/slot-form";
import { Section } from "@/components/ui/section";
import { getNewAppointmentForm } from "@/lib/dal/appointments";
import { createAppointmentAction } from "../appointments/actions";

export const metadata: Metadata = { title: "New appointment" };

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

/**
 * Booking for a client in three steps, each an address: find the client (?q=, ?client=), choose
 * type, therapist and day (GET), then a time from the free ones or typed (POST).
 */
export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const search = one(query.q) ?? "";
  const day = one(query.day);
  const askedDay = day && isRealDay(day) ? day : undefined;
  const form = await getNewAppointmentForm({
    q: search,
    client: one(query.client),
    type: one(query.type),
    therapist: one(query.therapist),
    day: askedDay,
  });
  // What the client search keeps of the choices already made.
  const keep = Object.fromEntries(
    Object.entries({ type: form.typeId, therapist: form.therapistId, day: askedDay && form.day }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
  const type = form.types.find((t) => t.id === form.typeId);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/calendar" className="text-brand-700 underline">
          <span aria-hidden="true">← </span>Calendar
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold">New appointment{form.client ? ` for ${form.client.name}` : ""}</h1>
      <div className="space-y-4">
        <Section id="client" title="1. Client">
          {form.client ? (
            <p>
              Booking for <span className="font-semibold">{form.client.name}</span>.{" "}
              <Link href={`/calendar/new?${new URLSearchParams(keep)}`} className="text-brand-700 underline">
                Choose another client
              </Link>
            </p>
          ) : (
            <ClientSearch form={form} search={search} keep={keep} />
          )}
        </Section>
        {form.client ? (
          <>
            <Section id="choice" title="2. Type, therapist and day">
              <BookingChoiceForm form={form} clientId={form.client.id} />
            </Section>
            <Section id="time" title="3. Time">
              {type ? (
                <SlotForm
                  key={`${type.id}-${form.day}-${form.therapistId}`}
                  kind="book"
                  action={createAppointmentAction}
                  hidden={{ clientId: form.client.id, typeId: type.id, day: form.day }}
                  therapists={form.therapists}
                  therapistId={form.therapistId ?? ""}
                  free={freeTimesByTherapist(form.suggestions, form.therapists, form.therapistId ?? undefined)}
                  dayWords={dayInWords(form.day, true)}
                  submitLabel={`Book ${type.name.toLowerCase()}`}
                />
              ) : (
                <p className="text-slate-700">Choose an appointment type and press “Show free times”.</p>
              )}
            </Section>
          </>
        ) : null}
      </div>
    </>
  );
}
