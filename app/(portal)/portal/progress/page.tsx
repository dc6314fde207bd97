import type { Metadata } from "next";
import { OutcomeTrends } from "@/components/outcomes/outcome-trends";
import { AdherenceFigures } from "@/components/progress/adherence-figures";
import { PainChart } from "@/components/progress/pain-chart";
import { getMyProgress } from "@/lib/dal/portal";
import { formatDayOf } from "@/lib/format";

export const metadata: Metadata = { title: "Progress" };

export default async function PortalProgressPage() {
  const progress = await getMyProgress();
  const { timeZone } = progress;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your progress</h1>
      <section aria-labelledby="pain-chart-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="pain-chart-heading" className="mb-2 text-lg font-semibold">
          Pain over time
        </h2>
        <PainChart progress={progress} />
      </section>
      <section aria-labelledby="adherence-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="adherence-heading" className="mb-2 text-lg font-semibold">
          Exercises done
        </h2>
        <AdherenceFigures progress={progress} />
      </section>
      <section aria-labelledby="outcomes-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="outcomes-heading" className="mb-2 text-lg font-semibold">
          Questionnaire scores
        </h2>
        <OutcomeTrends trends={progress.outcomes} audience="client" />
      </section>
      <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="versions-heading" className="mb-2 text-lg font-semibold">
          Plan history
        </h2>
        {progress.versions.length === 0 ? <p className="text-slate-700">No plan yet.</p> : null}
        <ol className="space-y-1">
          {[...progress.versions].reverse().map((v, i) => (
            <li key={v.version}>
              Version {v.version}, from {formatDayOf(v.publishedAt, timeZone)}
              {i === 0 ? " (the one you follow now)" : ""}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
