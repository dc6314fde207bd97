import { connection } from "next/server";
import { demoBannerName } from "@/lib/dal/demo-practice";

/**
 * Shown on every page while the demo practice exists: its passwords are public (README), so
 * anyone could read what is entered here. Removed with `npm run practice -- remove-demo`.
 */
export async function DemoBanner() {
  // Read at request time, never at build time: the banner goes once the demo practice does.
  await connection();
  if (!(await demoBannerName())) return null;
  return (
    <aside aria-label="Demo practice" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      <strong>Demo practice — do not enter real data.</strong> Its logins are public examples; the operator removes it
      with <code>npm run practice -- remove-demo</code>.
    </aside>
  );
}
