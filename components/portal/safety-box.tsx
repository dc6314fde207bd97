import Link from "next/link";

/** DOMAIN.md: stop on tingling, numbness, or sharp or radiating pain. On every portal page. */
export function SafetyBox() {
  return (
    <aside aria-label="When to stop" className="mb-4 rounded-lg border-2 border-red-700 bg-red-50 p-3 text-red-950">
      <p className="text-sm">
        <span className="font-semibold">
          Stop and contact your therapist if you feel tingling, numbness, or sharp or radiating pain.
        </span>{" "}
        <Link href="/portal/report" className="font-semibold underline">
          Report a symptom
        </Link>{" "}
        — your therapist sees it straight away.
      </p>
    </aside>
  );
}
