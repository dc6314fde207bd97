import type { BookingChoice } from "@/lib/dal/booking";
import { dayInWords } from "./day-words";
import { FactsCard } from "./facts-card";
import { typeDetail } from "./type-detail";

/** The appointment about to be booked, in words. */
export function ChosenAppointment({ choice }: { choice: BookingChoice }) {
  const rows = [
    ["Appointment", `${choice.type.name} (${typeDetail(choice.type)})`],
    ["With", choice.therapistName ?? "The first available therapist"],
    ["When", `${dayInWords(choice.day, true)} at ${choice.time}`],
    ["Time zone", `${choice.practice.timeZone} time`],
  ] as const;
  return <FactsCard id="choice-heading" title="Your chosen time" rows={rows} />;
}
