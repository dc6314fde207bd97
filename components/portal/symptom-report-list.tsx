import Link from "next/link";
import { resolveReportAction } from "@/app/(clinician)/clients/[id]/portal/actions";
import type { SymptomReportDto } from "@/lib/dal/client-list";
import { STOP_SYMPTOM_NAMES } from "@/lib/domain/symptoms";
import { formatDateTime, formatDayOf } from "@/lib/format";
import { ResolveReportForm } from "./resolve-report-form";

/** Stop symptoms reported in the portal; open ones carry a resolve form. */
export function SymptomReportList({
  reports,
  timeZone,
  showClient = false,
}: {
  reports: SymptomReportDto[];
  timeZone: string;
  showClient?: boolean;
}) {
  if (reports.length === 0) return <p className="text-slate-700">No symptom reports.</p>;
  return (
    <ul className="space-y-2">
      {reports.map((r) => (
        <li
          key={r.id}
          className={`rounded-md border p-3 ${r.resolvedAt ? "border-slate-200" : "border-red-700 bg-red-50"}`}
        >
          <p className="font-semibold">
            {STOP_SYMPTOM_NAMES[r.kind]}
            {showClient ? (
              <>
                {" — "}
                <Link href={`/clients/${r.clientId}`} className="text-brand-700 underline">
                  {r.clientName}
                </Link>
              </>
            ) : null}
          </p>
          <p className="text-sm">
            Reported {formatDateTime(r.reportedAt, timeZone)}
            {r.repeats > 1
              ? `, then ${r.repeats - 1} more times until ${formatDateTime(r.lastReportedAt, timeZone)}`
              : ""}
            {r.note ? `: ${r.note}` : ""}
          </p>
          {r.resolvedAt ? (
            <p className="text-sm text-slate-700">
              Resolved {formatDayOf(r.resolvedAt, timeZone)}: {r.resolution}
            </p>
          ) : showClient ? null : (
            <ResolveReportForm
              action={resolveReportAction.bind(null, r.id)}
              label={`Resolve ${STOP_SYMPTOM_NAMES[r.kind].toLowerCase()} report`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
