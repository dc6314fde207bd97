import type { Metadata } from "next";
import { ClientFrame } from "@/components/clients/client-frame";
import { PrintButton } from "@/components/plan/print-button";
import { PublishedPlan } from "@/components/plan/published-plan";
import { getPrintablePlan } from "@/lib/dal/plan-print";
import { formatDayOf } from "@/lib/format";

export const metadata: Metadata = { title: "Printable plan" };

export default async function PrintPlanPage({ params }: { params: Promise<{ id: string; planId: string }> }) {
  const { id, planId } = await params;
  const { header, version, practiceName, clientName, timeZone, strengthen } = await getPrintablePlan(id, planId);
  return (
    <ClientFrame header={header}>
      {version ? (
        <article aria-label="Printable home plan" className="rounded-lg bg-white p-6 print:p-0">
          <header className="mb-4 flex flex-wrap items-start justify-between gap-2 border-b border-slate-300 pb-3">
            <div>
              <p className="text-sm font-semibold text-brand-700">{practiceName}</p>
              <h2 className="text-xl font-semibold">Home plan for {clientName}</h2>
              <p className="text-sm text-slate-700">
                Version {version.version}, {formatDayOf(version.publishedAt, timeZone)}, by {version.publishedByName}
              </p>
            </div>
            <PrintButton />
          </header>
          <p className="mb-4 rounded border-2 border-red-700 p-2 text-sm font-medium">
            Stop and contact your therapist if you feel tingling, numbness, or sharp or radiating pain.
          </p>
          <PublishedPlan
            entries={version.entries}
            strengthenLocked={strengthen && !strengthen.open ? strengthen : null}
          />
        </article>
      ) : (
        <p>This plan has not been published yet: there is nothing to print.</p>
      )}
    </ClientFrame>
  );
}
