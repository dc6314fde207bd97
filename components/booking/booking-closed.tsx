import { CallUs } from "./phone-link";

/** A practice with no type or therapist bookable online yet. */
export function BookingClosed({ phone }: { phone: string | null }) {
  return (
    <p className="rounded-md border border-slate-300 bg-white p-4">
      Online booking is not open yet. <CallUs phone={phone} lead="To book, call us on" />
    </p>
  );
}
