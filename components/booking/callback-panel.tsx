"use client";

import { useEffect, useRef } from "react";
import type { PrescreenQuestion } from "@/lib/domain/prescreen";
import { PhoneLink } from "./phone-link";

/**
 * After a yes on the pre-screen: no booking (DOMAIN.md, "a yes means contact us or see a doctor
 * first"), the reasons in plain words, the phone, and the callback the practice now owes. Focus
 * moves here so a screen reader reads it at once.
 */
export function CallbackPanel({
  yes,
  questions,
  practiceName,
  phone,
}: {
  yes: readonly PrescreenQuestion[];
  questions: readonly { id: PrescreenQuestion; why: string }[];
  practiceName: string;
  phone: string | null;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const reasons = questions.filter((q) => yes.includes(q.id)).map((q) => q.why);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="callback-heading"
      className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="callback-heading" className="text-xl font-semibold">
        Please contact us or see a doctor first
      </h2>
      <p className="mt-2">We have not booked this time, because of what you told us:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {reasons.map((why) => (
          <li key={why}>{why}</li>
        ))}
      </ul>
      {phone ? (
        <p className="mt-3">
          Call us on <PhoneLink phone={phone} className="text-amber-950" /> to talk it through.
        </p>
      ) : null}
      <p className="mt-3">
        We have passed your details to {practiceName}: they will call you back. If it gets worse or you feel unwell, see
        a doctor straight away.
      </p>
    </section>
  );
}
