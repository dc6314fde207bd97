// A bench floor (npm run bench): rendered per request, with no database and no session.
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { benchEnabled } from "@/lib/bench";

export default async function BareFloor() {
  await connection();
  if (!benchEnabled()) notFound();
  return (
    <main id="main" className="px-4 py-6">
      <h1>Bare floor</h1>
    </main>
  );
}
