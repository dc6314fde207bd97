import Link from "next/link";
import { myConsentMissing } from "@/lib/dal/portal-consent";

/** A line on the portal's Today while the client's consent to treatment is not on file. */
export async function ConsentPrompt() {
  if (!(await myConsentMissing())) return null;
  return (
    <p className="mb-4 rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950">
      Your therapist needs your consent to treatment.{" "}
      <Link href="/portal/consent" className="font-semibold underline">
        Read about treatment and give consent
      </Link>
    </p>
  );
}
