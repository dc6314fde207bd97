import type { Progress } from "@/lib/dal/portal";
import { formatAdherence } from "@/lib/domain/adherence";

/** Items done over items due, for three windows. */
export function AdherenceFigures({ progress }: { progress: Progress }) {
  if (!progress.adherence) return <p className="text-slate-700">No active plan yet.</p>;
  const rows = [
    ["Last 7 days", progress.adherence.last7],
    ["Last 30 days", progress.adherence.last30],
    ["Since the plan started", progress.adherence.sinceStart],
  ] as const;
  return (
    <dl aria-label="Adherence" className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd>{formatAdherence(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
