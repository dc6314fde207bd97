import { telHref } from "./day-words";

/** The practice's phone as a link that dials it on a phone. */
export function PhoneLink({ phone, className = "" }: { phone: string; className?: string }) {
  return (
    <a href={telHref(phone)} className={`font-semibold text-brand-700 underline underline-offset-2 ${className}`}>
      {phone}
    </a>
  );
}

/** "Please call us on …", or nothing more to say when the practice has no phone on record. */
export function CallUs({ phone, lead = "Call us on" }: { phone: string | null; lead?: string }) {
  return phone ? (
    <>
      {lead} <PhoneLink phone={phone} />.
    </>
  ) : (
    <>Please contact the practice.</>
  );
}
