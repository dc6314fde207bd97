import type { Metadata } from "next";
import { PortalConsentForm } from "@/components/portal/consent-form";
import { TreatmentInfo } from "@/components/portal/treatment-info";
import { getMyConsent } from "@/lib/dal/portal-consent";
import { formatDateTime } from "@/lib/format";
import { giveConsentAction } from "./actions";

export const metadata: Metadata = { title: "Consent to treatment" };

export default async function PortalConsentPage() {
  const { given, practiceName, timeZone } = await getMyConsent();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Consent to treatment</h1>
      <section
        aria-labelledby="treatment-heading"
        className="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="treatment-heading" className="text-lg font-semibold">
          What treatment at {practiceName} involves
        </h2>
        <TreatmentInfo />
      </section>
      {given ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Your consent to treatment is on file: given by “{given.name}” on {formatDateTime(given.at, timeZone)}.
        </p>
      ) : (
        <PortalConsentForm action={giveConsentAction} />
      )}
    </>
  );
}
