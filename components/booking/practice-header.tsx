import type { PublicPractice } from "@/lib/dal/booking";
import { PhoneLink } from "./phone-link";

/** The practice a public booking page belongs to: its name, where it is and how to call it. */
export function PracticeHeader({ practice, title }: { practice: PublicPractice; title: string }) {
  return (
    <header className="mb-6">
      <p className="text-lg font-bold tracking-tight text-brand-700">{practice.name}</p>
      {practice.address ? <p className="text-sm text-slate-700">{practice.address}</p> : null}
      {practice.phone ? (
        <p className="text-sm text-slate-700">
          Phone: <PhoneLink phone={practice.phone} className="inline-flex min-h-11 items-center" />
        </p>
      ) : null}
      <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
    </header>
  );
}
