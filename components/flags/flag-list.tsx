import { recordClearanceAction, recordReferralAction } from "@/app/(clinician)/clients/[id]/flags/actions";
import type { FlagDto } from "@/lib/dal/flags";
import { flagInfo } from "@/lib/flag-display";
import { formatDate, formatDayOf } from "@/lib/format";
import { ClearanceForm, ReferralForm } from "./flag-forms";
import { FlagStatus } from "./flag-status";

/** Open flags with their referral and clearance forms, then the closed ones as history. */
export function FlagList({ open, closed, timeZone }: { open: FlagDto[]; closed: FlagDto[]; timeZone: string }) {
  return (
    <div className="space-y-3">
      <FlagStatus>
        {open.length === 0 ? <p className="text-slate-700">No open flags.</p> : null}
        {open.map((flag) => {
          const info = flagInfo(flag.contraindicationId);
          return (
            <article
              key={flag.id}
              aria-label={`${info.levelName}: ${info.name}`}
              className={`rounded-lg border p-3 ${info.style.box}`}
            >
              <h3 className="font-semibold">
                {info.levelName}: {info.name}
              </h3>
              <p className="text-sm">
                Opened {formatDayOf(flag.openedAt, timeZone)}
                {flag.note ? ` — ${flag.note}` : ""}
              </p>
              {flag.referredTo ? (
                <p className="text-sm">
                  Referred to {flag.referredTo} on {formatDate(flag.referredOn)}
                  {flag.referralNote ? `: ${flag.referralNote}` : ""}
                </p>
              ) : null}
              <div className="mt-2 grid gap-4 sm:grid-cols-2">
                <details className="rounded-md bg-white p-3 text-slate-900">
                  <summary className="cursor-pointer font-medium">
                    {flag.referredTo ? "Update referral" : "Record referral"}
                  </summary>
                  <ReferralForm action={recordReferralAction.bind(null, flag.id)} flagName={info.name} />
                </details>
                <details className="rounded-md bg-white p-3 text-slate-900">
                  <summary className="cursor-pointer font-medium">Record clearance</summary>
                  <ClearanceForm action={recordClearanceAction.bind(null, flag.id)} flagName={info.name} />
                </details>
              </div>
            </article>
          );
        })}
        {closed.length > 0 ? (
          <details>
            <summary className="cursor-pointer text-sm font-medium">Closed flags ({closed.length})</summary>
            <ul className="mt-2 list-disc pl-5 text-sm">
              {closed.map((flag) => (
                <li key={flag.id}>
                  {flagInfo(flag.contraindicationId).name}:{" "}
                  {flag.status === "cleared"
                    ? `cleared by ${flag.clearedBy} on ${formatDate(flag.clearedOn)}`
                    : "resolved at a later screen"}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </FlagStatus>
    </div>
  );
}
