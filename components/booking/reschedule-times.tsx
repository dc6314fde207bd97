import type { OfferedSlot } from "@/lib/dal/booking";
import type { FormState } from "@/lib/validation/parse";
import { dayInWords } from "./day-words";
import { SlotPicker } from "./slot-picker";

/** The chosen day's free times with the same therapist, each a button that moves the booking there. */
export function RescheduleTimes({
  action,
  day,
  slots,
  nextDayHref,
  nextDay,
  noneLeft,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  day: string;
  slots: readonly OfferedSlot[];
  nextDay: string | null;
  nextDayHref: string | null;
  /** What to say when no day has a free time (the phone). */
  noneLeft: React.ReactNode;
}) {
  return (
    <div className="space-y-3">
      <h3 className="text-lg font-semibold">Free times on {dayInWords(day, true)}</h3>
      <SlotPicker
        action={action}
        fields={{}}
        verb="Move to"
        day={day}
        slots={slots}
        nextDay={nextDay}
        nextDayHref={nextDayHref}
        noneLeft={noneLeft}
        groupHeading="h4"
      />
    </div>
  );
}
