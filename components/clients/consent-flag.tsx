import Link from "next/link";

/**
 * A missing consent to treatment, shown like a flag near the top of every page of the client:
 * a session note cannot be signed until consent is on file (lib/domain/charting.ts), so the
 * therapist learns it before the end of the visit, with the way to record it.
 */
export function ConsentFlag({ clientId, hasPortalLogin }: { clientId: string; hasPortalLogin: boolean }) {
  return (
    <section
      aria-labelledby="consent-flag-heading"
      className="mb-6 rounded-lg border-2 border-amber-500 bg-amber-50 p-3 text-amber-950 print:hidden"
    >
      <h2 id="consent-flag-heading" className="flex flex-wrap items-center gap-2 font-semibold">
        <span className="rounded bg-amber-300 px-2 py-0.5 text-sm uppercase tracking-wide text-amber-950">
          <span aria-hidden="true">⚠ </span>Consent
        </span>
        No consent to treatment on file
      </h2>
      <p className="mt-1 text-sm">
        Session notes cannot be signed until the client&apos;s consent is recorded.{" "}
        {hasPortalLogin ? "The client can give it in their portal, or you can " : "You can "}
        <Link href={`/clients/${clientId}#consent`} className="font-semibold underline">
          record consent in the clinic
        </Link>
        .
      </p>
    </section>
  );
}
