import type { Metadata } from "next";
import { BookingClosed } from "@/components/booking/booking-closed";
import { dayProblem, isRealDay } from "@/components/booking/day-words";
import { PracticeHeader } from "@/components/booking/practice-header";
import { SlotFinderForm } from "@/components/booking/slot-finder-form";
import { SlotList } from "@/components/booking/slot-list";
import { getBookingPage } from "@/lib/dal/booking";

export const metadata: Metadata = { title: "Book an appointment" };

type Query = { therapist?: string | string[]; type?: string | string[]; day?: string | string[] };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The public booking page of a practice: no sign-in, everything chosen in the address. */
export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Query>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const asked = { therapist: one(query.therapist), type: one(query.type), day: one(query.day) };
  // Only real dates reach the data-access layer; anything else is answered next to the field.
  const page = await getBookingPage(slug, { ...asked, day: asked.day && isRealDay(asked.day) ? asked.day : undefined });
  const open = page.types.length > 0 && page.therapists.length > 0;
  // The data-access layer falls back to a sensible choice; say so next to the field it replaced.
  const errors = {
    day: dayProblem(asked.day, page.day, page.firstDay, page.lastDay) ?? undefined,
    type: asked.type && !page.typeId ? "Choose an appointment type from the list." : undefined,
    therapist:
      asked.therapist && asked.therapist !== page.therapistId
        ? "That therapist is not taking online bookings: showing anyone available."
        : undefined,
  };
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-6">
      <PracticeHeader practice={page.practice} title="Book an appointment" />
      {open ? (
        <>
          <SlotFinderForm page={page} errors={errors} />
          <SlotList page={page} />
        </>
      ) : (
        <BookingClosed phone={page.practice.phone} />
      )}
    </main>
  );
}
