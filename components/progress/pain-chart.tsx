import type { Progress } from "@/lib/dal/portal";
import { formatShortDay as short } from "@/lib/format";

const W = 320;
const H = 160;
const PAD = { left: 24, right: 8, top: 10, bottom: 22 };

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/**
 * Pain over time with the intake value and the day phase 2 opened marked. The drawing is a
 * summary; the table under it holds the same numbers for screen readers and keyboard users.
 */
export function PainChart({ progress }: { progress: Progress }) {
  const { pain, intakePain, phaseChangeDay } = progress;
  if (pain.length === 0) return <p className="text-slate-700">No pain logged yet.</p>;
  const first = dayNumber(pain[0]!.day);
  const last = Math.max(dayNumber(pain.at(-1)!.day), first + 1);
  const x = (day: string) => PAD.left + ((dayNumber(day) - first) / (last - first)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + ((10 - score) / 10) * (H - PAD.top - PAD.bottom);
  const points = pain.map((p) => `${x(p.day).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  return (
    <figure>
      <svg viewBox={`0 0 ${W} ${H}`} className="w-full max-w-xl" aria-hidden="true">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e2e8f0" />
            <text x={PAD.left - 4} y={y(v) + 4} fontSize="10" textAnchor="end" fill="#475569">
              {v}
            </text>
          </g>
        ))}
        {intakePain !== null ? (
          <g>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(intakePain)}
              y2={y(intakePain)}
              stroke="#b45309"
              strokeDasharray="4 3"
            />
            <text x={W - PAD.right} y={y(intakePain) - 3} fontSize="9" textAnchor="end" fill="#92400e">
              At intake: {intakePain}
            </text>
          </g>
        ) : null}
        {phaseChangeDay && phaseChangeDay >= pain[0]!.day ? (
          <g>
            <line
              x1={x(phaseChangeDay)}
              x2={x(phaseChangeDay)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              stroke="#1f7a5c"
              strokeDasharray="2 2"
            />
            <text x={x(phaseChangeDay) + 3} y={PAD.top + 8} fontSize="9" fill="#17624a">
              Phase 2
            </text>
          </g>
        ) : null}
        <polyline points={points} fill="none" stroke="#0f172a" strokeWidth="2" />
        {pain.map((p) => (
          <circle key={p.day} cx={x(p.day)} cy={y(p.score)} r="3" fill="#0f172a" />
        ))}
        <text x={PAD.left} y={H - 6} fontSize="9" fill="#475569">
          {short(pain[0]!.day)}
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="9" textAnchor="end" fill="#475569">
          {short(pain.at(-1)!.day)}
        </text>
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Pain log as a table</summary>
        <table className="mt-2">
          <caption className="sr-only">Pain by day</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Day
              </th>
              <th scope="col" className="text-left">
                Pain
              </th>
            </tr>
          </thead>
          <tbody>
            {pain.map((p) => (
              <tr key={p.day}>
                <td className="pr-4">{short(p.day)}</td>
                <td>{p.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <figcaption className="mt-2 text-sm text-slate-700">
        Pain (0–10) by day{intakePain !== null ? `; ${intakePain} at intake` : ""}
        {phaseChangeDay ? `; phase 2 opened ${short(phaseChangeDay)}` : ""}.
      </figcaption>
    </figure>
  );
}
