import { ItemIllustration } from "@/components/illustrations/item-illustration";
import type { ItemPicture } from "@/lib/dal/library";
import { PHASE_TITLES, PLAN_PHASES } from "@/lib/domain/reference/plan-items";
import type { Gate } from "@/lib/domain/phase-gate";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import { StrengthenLockNote } from "./strengthen-lock";

/**
 * A published version as the client reads it: steps, dosage in words, cautions in a box. A
 * strengthen phase not open yet says so, and why, as the portal does.
 */
export function PublishedPlan({
  entries,
  strengthenLocked = null,
}: {
  entries: Array<PublishedEntry & { picture?: ItemPicture | null }>;
  strengthenLocked?: { gate: Gate; intakePain: number | null } | null;
}) {
  const locked = (phase: string) => phase === "strengthen" && strengthenLocked !== null;
  return (
    <>
      {PLAN_PHASES.map((phase) => {
        const items = entries.filter((e) => e.phase === phase);
        if (items.length === 0) return null;
        return (
          <section key={phase} aria-label={PHASE_TITLES[phase]} className="mb-6 break-inside-avoid-page">
            <h2 className="mb-2 text-lg font-semibold">
              {locked(phase) ? `Next: ${PHASE_TITLES[phase]}` : PHASE_TITLES[phase]}
            </h2>
            {locked(phase) && strengthenLocked ? <StrengthenLockNote {...strengthenLocked} /> : null}
            <ol className="space-y-4">
              {items.map((item) => (
                <li key={item.itemId} className="break-inside-avoid rounded-md border border-slate-300 p-3">
                  <h3 className="font-semibold">{item.name}</h3>
                  {item.dosageText ? <p className="text-sm font-medium">{item.dosageText}</p> : null}
                  <ItemIllustration itemId={item.itemId} picture={item.picture} className="mt-2 max-w-48" />
                  <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
                    {item.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                  {item.note ? <p className="mt-2 text-sm">Note from your therapist: {item.note}</p> : null}
                  {item.warnings.length + item.cautions.length > 0 ? (
                    <div className="mt-2 rounded border-2 border-amber-500 bg-amber-50 p-2 text-sm">
                      <p className="font-semibold">Caution</p>
                      <ul className="list-disc pl-5">
                        {[...item.warnings, ...item.cautions].map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
