import Link from "next/link";
import { myPreVisitMissing } from "@/lib/dal/pre-visit";

/** A line on the portal's Today until the client has sent the pre-visit form (or had a first visit). */
export async function PreVisitPrompt() {
  if (!(await myPreVisitMissing())) return null;
  return (
    <p className="mb-4 rounded-md border border-brand-700 bg-brand-50 p-3 text-slate-900">
      Before your first visit, tell your therapist about your pain and your health.{" "}
      <Link href="/portal/pre-visit" className="font-semibold underline">
        Fill in the pre-visit form
      </Link>
    </p>
  );
}
