import type { Metadata } from "next";
import { PortalConsentForm } from "@/components/portal/consent-form";
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
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Your therapist asks about your pain and health, and examines the muscles involved by touch and pressure.
          </li>
          <li>
            Treatment is hands-on (massage and pressure on tender points) and a home plan of self-massage, stretches and
            exercises.
          </li>
          <li>
            Muscles can feel sore for a day or two afterwards. Tell your therapist if any pressure is too much: it
            should never be sharp or shooting pain.
          </li>
          <li>Tell your therapist about any change in your health or medicines before each visit.</li>
          <li>
            You may stop any treatment or exercise at any time, and withdraw your consent by telling your therapist.
          </li>
        </ul>
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
