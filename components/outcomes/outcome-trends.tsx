import type { OutcomeTrend } from "@/lib/dal/client-overview";
import { MEASURES } from "@/lib/domain/outcomes/measures";
import { formatDate } from "@/lib/format";

const OCCASION_NAMES = { intake: "Intake", "follow-up": "Follow-up", discharge: "Discharge" } as const;
const SOURCE_NAMES = { intake: "intake form", clinic: "in the clinic", portal: "in the portal" } as const;

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/**
 * Each outcome measure's scores over time, one table per measure, with every change that reaches
 * the measure's clinically important difference marked in words (not colour alone) and the
 * measure's own explanation under its name. The clinic's client page and the portal share it.
 */
export function OutcomeTrends({ trends, audience }: { trends: OutcomeTrend[]; audience: "clinic" | "client" }) {
  const shown = trends.filter((t) => t.rows.length > 0);
  if (shown.length === 0)
    return (
      <p className="text-slate-700">
        {audience === "client" ? "No questionnaires filled in yet." : "No outcome measures recorded yet."}
      </p>
    );
  return (
    <div className="space-y-5">
      {shown.map(({ measure, rows }) => {
        const m = MEASURES[measure];
        const headingId = `outcome-${measure}-heading`;
        return (
          <div key={measure}>
            <h3 id={headingId} className="font-semibold">
              {m.name} ({m.abbreviation}, {m.min}–{m.max})
            </h3>
            <p className="mb-2 text-sm text-slate-700">{m.explanation}</p>
            <div className="overflow-x-auto">
              <table aria-labelledby={headingId} className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">
                      Date
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      When
                    </th>
                    <th scope="col" className="py-1 pr-3">
                      Score
                    </th>
                    <th scope="col" className="py-1">
                      Change from first
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, i) => (
                    <tr key={`${row.at.toISOString()}-${i}`} className="border-b border-slate-100 align-top">
                      <td className="py-1 pr-3 whitespace-nowrap">{formatDate(row.day)}</td>
                      <td className="py-1 pr-3">
                        {OCCASION_NAMES[row.occasion]}
                        <span className="block text-xs text-slate-600">{SOURCE_NAMES[row.source]}</span>
                      </td>
                      <td className="py-1 pr-3 font-medium">{row.score}</td>
                      <td className="py-1">
                        {row.change === null ? (
                          "First (baseline)"
                        ) : (
                          <>
                            {signed(row.change.points)}
                            {row.change.important ? (
                              <strong
                                className={`ml-2 inline-block rounded px-1.5 text-xs ${
                                  row.change.direction === "better"
                                    ? "bg-green-100 text-green-900"
                                    : "bg-amber-100 text-amber-900"
                                }`}
                              >
                                {row.change.direction === "better"
                                  ? "Clinically important improvement"
                                  : "Clinically important worsening"}
                              </strong>
                            ) : null}
                            <span className="block text-xs text-slate-700">{row.changeText}</span>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </div>
  );
}
