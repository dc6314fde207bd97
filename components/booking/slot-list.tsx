import Link from "next/link";
import type { BookingPage } from "@/lib/dal/booking";
import { byPartOfDay, dayInWords } from "./day-words";
import { CallUs } from "./phone-link";

const slotLink =
  "flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-2 py-2 text-base font-semibold text-brand-900 hover:bg-brand-50";

/** The query of the booking page for one day of the visitor's choice. */
export function dayHref(page: Pick<BookingPage, "practice" | "therapistId" | "typeId">, day: string): string {
  const query = new URLSearchParams({
    therapist: page.therapistId,
    ...(page.typeId ? { type: page.typeId } : {}),
    day,
  });
  return `/book/${page.practice.slug}?${query}`;
}

/**
 * Every free start of the chosen day, each a link to the confirmation step, grouped by part of
 * the day for the eye only. A full day offers the next free one, or the phone.
 */
export function SlotList({ page }: { page: BookingPage }) {
  const { practice, typeId, slots, day } = page;
  if (!typeId) {
    return <p className="text-slate-700">Choose an appointment type, then press “Show times”.</p>;
  }
  const confirmHref = (start: string) =>
    `/book/${practice.slug}/confirm?${new URLSearchParams({ type: typeId, therapist: page.therapistId, start })}`;
  const words = dayInWords(day);
  return (
    <section aria-labelledby="times-heading" className="mt-8">
      <h2 id="times-heading" className="text-xl font-semibold">
        Free times on {dayInWords(day, true)}
      </h2>
      <p className="mt-1 text-sm text-slate-700">Times are {practice.timeZone} time. Choose one to continue.</p>
      {slots.length === 0 ? (
        <div className="mt-3 rounded-md border border-slate-300 bg-white p-4">
          <p>There are no free times on this day.</p>
          <p className="mt-2">
            {page.nextDay ? (
              <Link
                href={dayHref(page, page.nextDay)}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-2"
              >
                Next free day: {dayInWords(page.nextDay)}
              </Link>
            ) : (
              <>
                There are no free times online in the coming weeks. <CallUs phone={practice.phone} />
              </>
            )}
          </p>
        </div>
      ) : (
        byPartOfDay(slots).map((group) => (
          <div key={group.part} className="mt-4">
            <h3 className="text-base font-semibold text-slate-800">{group.part}</h3>
            <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
              {group.slots.map((slot) => (
                <li key={slot.start}>
                  <Link href={confirmHref(slot.start)} prefetch={false} className={slotLink}>
                    {slot.time}
                    <span className="sr-only">, {words}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
