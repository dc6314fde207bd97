import type { ClientChart } from "@/lib/dal/client-overview";
import { describeTrend } from "@/lib/domain/charting";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { formatShortDay } from "@/lib/format";

const muscleName = (id: string) => MUSCLES.find((m) => m.id === id)?.name ?? id;

/** Tenderness per muscle and side across visits, e.g. "Popliteus, left: 7 → 4 → 2". */
export function FindingsTrends({ chart }: { chart: ClientChart }) {
  if (chart.trends.length === 0) return <p className="text-slate-700">No trigger-point findings recorded yet.</p>;
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tenderness per muscle across visits (0–10)</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              Muscle
            </th>
            {chart.visits.map((v) => (
              <th key={v.id} scope="col" className="px-3 py-2 font-semibold">
                {v.kind === "intake" ? "Intake" : "Session"} {formatShortDay(v.day)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {chart.trends.map((t) => (
            <tr key={`${t.muscleId}:${t.side}`} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium">
                {muscleName(t.muscleId)}, {t.side}
              </th>
              {t.values.map((v, i) => (
                <td key={i} className="px-3 py-2">
                  {v ?? "—"}
                </td>
              ))}
              <td className="px-3 py-2">{describeTrend(t.values)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
