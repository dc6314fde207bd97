import type { Metadata } from "next";
import { SymptomForm } from "@/components/portal/symptom-form";
import { getReportForm } from "@/lib/dal/portal";
import { reportSymptomAction } from "../actions";

export const metadata: Metadata = { title: "Report a symptom" };

export default async function ReportSymptomPage() {
  await getReportForm();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Report a symptom</h1>
      <p className="mb-4 text-slate-700">
        Your therapist sees this at once, and hands-on items (massage, rolling, release) are paused until they have been
        in touch. If it is an emergency, call your local emergency number.
      </p>
      <SymptomForm action={reportSymptomAction} />
    </>
  );
}
