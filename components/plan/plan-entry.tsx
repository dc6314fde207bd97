import { moveItemAction, editEntryAction, removeItemAction } from "@/app/(clinician)/clients/[id]/plans/actions";
import type { PlanBuilderView } from "@/lib/dal/plan-builder";
import { ItemIllustration } from "@/components/illustrations/item-illustration";
import { describeDosage } from "@/lib/domain/dosage";
import { EntryForm } from "./entry-form";

type Entry = PlanBuilderView["entries"][number];

const small = "rounded border border-slate-400 px-2 py-1 text-xs font-medium hover:bg-slate-100";

/** One item of the working copy: what it is, why it is blocked or cautioned, and its controls. */
export function PlanEntry({
  planId,
  entry,
  first,
  last,
}: {
  planId: string;
  entry: Entry;
  first: boolean;
  last: boolean;
}) {
  const name = entry.item.name;
  return (
    <li
      className={`rounded-md border p-3 ${entry.verdict.blocked ? "border-red-700 bg-red-50" : "border-slate-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-medium">{name}</p>
          <p className="text-sm text-slate-700">
            {describeDosage(entry.dosage) || "No dosage"}
            {entry.note ? ` — ${entry.note}` : ""}
          </p>
          <ItemIllustration itemId={entry.itemId} picture={entry.item.picture} className="mt-2 max-w-40" />
        </div>
        <div className="flex gap-1">
          <form action={moveItemAction.bind(null, planId, entry.key, -1)}>
            <button type="submit" className={small} disabled={first} aria-label={`Move ${name} up`}>
              ↑
            </button>
          </form>
          <form action={moveItemAction.bind(null, planId, entry.key, 1)}>
            <button type="submit" className={small} disabled={last} aria-label={`Move ${name} down`}>
              ↓
            </button>
          </form>
          <form action={removeItemAction.bind(null, planId, entry.key)}>
            <button type="submit" className={small} aria-label={`Remove ${name}`}>
              Remove
            </button>
          </form>
        </div>
      </div>
      {entry.verdict.blocked ? (
        <p className="mt-2 text-sm font-semibold text-red-900">
          Blocked: {entry.verdict.reasons.join(" ")} Remove it before publishing.
        </p>
      ) : null}
      {entry.verdict.warnings.map((w) => (
        <p key={w} className="mt-2 rounded bg-amber-100 px-2 py-1 text-sm text-amber-950">
          Caution for this client — {w}
        </p>
      ))}
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Change dosage or note</summary>
        <EntryForm
          action={editEntryAction.bind(null, planId, entry.key)}
          itemName={name}
          dosage={entry.dosage}
          note={entry.note}
        />
      </details>
    </li>
  );
}
