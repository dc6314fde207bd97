import { ItemIllustration } from "@/components/illustrations/item-illustration";
import type { HomeworkItem } from "@/lib/dal/portal";
import { CheckOff } from "./check-off";
import { pauseText } from "./homework-messages";

/** One item of today's homework: what to do, how much, what to watch for, and the check-off. */
export function PortalItem({ item, locked = false }: { item: HomeworkItem; locked?: boolean }) {
  const cautions = [...item.warnings, ...item.cautions];
  return (
    <li
      className={`rounded-lg border p-4 ${locked ? "border-dashed border-slate-400 bg-slate-50 text-slate-700" : "border-slate-200 bg-white"}`}
    >
      <h3 className="text-lg font-semibold">{item.name}</h3>
      {item.dosageText ? <p className="font-medium text-brand-900">{item.dosageText}</p> : null}
      <ItemIllustration itemId={item.itemId} picture={item.picture} className="mt-2" />
      {item.pause ? (
        <p className="mt-2 rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm font-medium text-red-950">
          {pauseText(item.pause)}
        </p>
      ) : null}
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {item.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {item.note ? <p className="mt-2 text-sm">From your therapist: {item.note}</p> : null}
      {cautions.length > 0 ? (
        <div className="mt-3 rounded-md border-2 border-amber-500 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">Caution</p>
          <ul className="list-disc pl-5">
            {cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!locked && !item.pause && item.due > 0 ? (
        <CheckOff itemId={item.itemId} name={item.name} due={item.due} doneToday={item.doneToday} />
      ) : null}
    </li>
  );
}
