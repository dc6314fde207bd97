import { ItemIllustration } from "@/components/illustrations/item-illustration";
import type { HomeworkItem } from "@/lib/dal/portal";
import { contraindication } from "@/lib/domain/flags";
import { CheckOff } from "./check-off";
import { pauseText } from "./homework-messages";

/**
 * One item of today's homework as a row of the list: what and how much, the client's caution
 * marker and the item's own caution, the check-off; the steps fold away under the name (the
 * step-through shows them open), which keeps Today short on a phone.
 */
export function PortalItem({ item }: { item: HomeworkItem }) {
  const mine = item.cautionFlags.map((id) => contraindication(id).name);
  return (
    <li className="py-1.5">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <details>
            <summary className="cursor-pointer text-[15px] leading-5">
              <h3 className="inline font-semibold">{item.name}</h3>
              <span className="sr-only">: how to do it{item.cautions.length > 0 ? ", take care" : ""}</span>
              {mine.length > 0 ? (
                // The client's own cautions are said once at the top of the page; here, a marker.
                <span title={mine.join(", ")} className="ml-1 rounded bg-amber-100 px-1 text-amber-950">
                  <span aria-hidden="true">⚠</span>
                  <span className="sr-only">, your caution applies: {mine.join(", ")}</span>
                </span>
              ) : null}
            </summary>
            <ItemIllustration itemId={item.itemId} picture={item.picture} className="mt-2" />
            {item.cautions.map((c) => (
              <p key={c} className="mt-1 text-sm font-medium text-amber-950">
                Take care: {c}
              </p>
            ))}
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
              {item.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </details>
          {item.dosageText ? <p className="text-sm font-medium text-brand-900">{item.dosageText}</p> : null}
        </div>
        {!item.pause && item.due > 0 ? (
          // Keyed by the saved count, so a check-off from the step-through shows here too.
          <CheckOff
            key={item.doneToday}
            itemId={item.itemId}
            name={item.name}
            due={item.due}
            doneToday={item.doneToday}
          />
        ) : null}
      </div>
      {item.pause ? (
        <p className="mt-2 rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm font-medium text-red-950">
          {pauseText(item.pause)}
        </p>
      ) : null}
      {item.note ? <p className="mt-1 text-sm">From your therapist: {item.note}</p> : null}
    </li>
  );
}
