import type { Metadata } from "next";
import { PracticeHeader } from "@/components/booking/practice-header";
import { TreatmentInfo } from "@/components/portal/treatment-info";
import { PreVisitForm } from "@/components/pre-visit/pre-visit-form";
import { getPreVisitByLink } from "@/lib/dal/pre-visit";
import { formatDateTime } from "@/lib/format";
import { submitLinkedPreVisitAction } from "./actions";

// The address holds the key to the booking: keep it out of search engines.
export const metadata: Metadata = { title: "Before your visit", robots: { index: false, follow: false } };

const frame = "mx-auto max-w-xl px-4 py-6";

/** The pre-visit form for a person who booked online without a login, through the booking's emailed link. */
export default async function LinkedPreVisitPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const visit = await getPreVisitByLink(token);
  if (!visit) {
    return (
      <main id="main" className={frame}>
        <h1 className="text-2xl font-semibold">This link is no longer valid</h1>
        <p className="mt-2 text-slate-700">
          Use the link in the latest email about your appointment, or call the practice: their number is in that email.
        </p>
      </main>
    );
  }
  return (
    <main id="main" className={frame}>
      <PracticeHeader practice={visit.practice} title="Before your visit" />
      <p className="mb-4 text-slate-700">
        Your appointment is on {formatDateTime(visit.start, visit.practice.timeZone)}. Tell your therapist about your
        pain and your health before it; it takes about five minutes.
      </p>
      <PreVisitForm
        action={submitLinkedPreVisitAction.bind(null, token)}
        consentOnFile={visit.consentOnFile}
        treatmentInfo={<TreatmentInfo />}
      />
    </main>
  );
}
