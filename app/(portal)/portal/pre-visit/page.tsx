import type { Metadata } from "next";
import { TreatmentInfo } from "@/components/portal/treatment-info";
import { PreVisitForm } from "@/components/pre-visit/pre-visit-form";
import { getMyPreVisit } from "@/lib/dal/pre-visit";
import { formatDateTime } from "@/lib/format";
import { submitPreVisitAction } from "./actions";

export const metadata: Metadata = { title: "Before your visit" };

export default async function PreVisitPage() {
  const { last, practiceName, practicePhone, consentOnFile, timeZone } = await getMyPreVisit();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Before your visit</h1>
      {last && last.stop.length > 0 ? (
        // DOMAIN.md, stop and refer: a stop-level answer means no hands-on work until a clinician has seen the person.
        <section
          aria-labelledby="contact-heading"
          className="mb-4 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-950"
        >
          <h2 id="contact-heading" className="font-semibold">
            Please contact {practiceName} before your visit
          </h2>
          <p className="text-sm">
            One of your answers can be a sign of something a doctor should check first. There will be no massage or
            hands-on treatment until your therapist has spoken with you.
            {practicePhone ? (
              <>
                {" "}
                Call{" "}
                <a href={`tel:${practicePhone}`} className="font-semibold underline">
                  {practicePhone}
                </a>
                .
              </>
            ) : null}{" "}
            If it is sudden or severe, see a doctor today.
          </p>
        </section>
      ) : null}
      {last ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Your answers were sent on {formatDateTime(last.submittedAt, timeZone)}. If something changed, send them again
          below.
        </p>
      ) : (
        <p className="mb-4 text-slate-700">
          Tell your therapist about your pain and your health before your first visit. It takes about five minutes.
        </p>
      )}
      <PreVisitForm action={submitPreVisitAction} consentOnFile={consentOnFile} treatmentInfo={<TreatmentInfo />} />
    </>
  );
}
