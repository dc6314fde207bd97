import { Button } from "@/components/ui/button";
import { DayField } from "./day-field";
import type { ManagedBooking } from "@/lib/dal/booking-manage";

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
      <DayField day={booking.day} firstDay={booking.firstDay} lastDay={booking.lastDay} error={error} />
      <Button type="submit" variant="secondary" className="min-h-11 w-full text-base">
        Show free times
      </Button>
    </form>
  );
}
