import type { BookingChoice } from "@/lib/dal/booking";
import { dayInWords } from "./day-words";
import { typeDetail } from "./type-detail";

/** The appointment about to be booked, in words. */
export function ChosenAppointment({ choice }: { choice: BookingChoice }) {
  const rows = [
    ["Appointment", `${choice.type.name} (${typeDetail(choice.type)})`],
    ["With", choice.therapistName ?? "The first available therapist"],
    ["When", `${dayInWords(choice.day, true)} at ${choice.time}`],
    ["Time zone", `${choice.practice.timeZone} time`],
  ] as const;
  return (
    <section aria-labelledby="choice-heading" className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="choice-heading" className="text-lg font-semibold">
        Your chosen time
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-700">{term}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
