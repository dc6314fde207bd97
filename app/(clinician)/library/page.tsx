import type { Metadata } from "next";
import Link from "next/link";
import { listLibrary } from "@/lib/dal/library";
import { describeDosage } from "@/lib/domain/dosage";
import { PHASE_TITLES, PLAN_PHASES } from "@/lib/domain/reference/plan-items";

export const metadata: Metadata = { title: "Library" };

export default async function LibraryPage() {
  const items = await listLibrary();
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Technique and exercise library</h1>
        <Link
          href="/library/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          New item
        </Link>
      </div>
      {PLAN_PHASES.map((phase) => (
        <section key={phase} aria-label={PHASE_TITLES[phase]} className="mb-6">
          <h2 className="mb-2 text-lg font-semibold">{PHASE_TITLES[phase]}</h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {items
              .filter((i) => i.phase === phase)
              .map((item) => (
                <li key={item.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <Link href={`/library/${item.id}`} className="font-medium text-brand-700 underline">
                    {item.name}
                  </Link>
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                    {item.custom ? "Practice item" : "Reference"}
                  </span>
                  <p className="text-sm text-slate-700">{describeDosage(item.dosage) || "Advice"}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
