import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { ManagedBooking } from "@/lib/dal/booking-manage";
import { dayInWords } from "./day-words";

/** Which day to move to: a GET form (?day=), so it works without JavaScript. */
export function RescheduleDayForm({
  token,
  booking,
  error,
}: {
  token: string;
  booking: ManagedBooking;
  error?: string;
}) {
  return (
    <form method="get" action={`/book/manage/${token}`} aria-label="Choose a day to move to" className="space-y-3">
      <TextField
        label="Day"
        name="day"
        type="date"
        min={booking.firstDay}
        max={booking.lastDay}
        defaultValue={booking.day}
        hint={`From ${dayInWords(booking.firstDay)} to ${dayInWords(booking.lastDay, true)}.`}
        error={error}
        className="[&_input]:min-h-11"
      />
      <Button type="submit" variant="secondary" className="min-h-11 w-full text-base">
        Show free times
      </Button>
    </form>
  );
}
