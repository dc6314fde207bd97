import type { Metadata } from "next";
import { ItemIllustration } from "@/components/illustrations/item-illustration";
import { ConsentPrompt } from "@/components/portal/consent-prompt";
import { avoidText, ClientCautions } from "@/components/portal/client-cautions";
import { LockedItems } from "@/components/portal/locked-items";
import { PreVisitPrompt } from "@/components/pre-visit/pre-visit-prompt";
import { PainLogForm } from "@/components/portal/pain-log-form";
import { StrengthenLockNote } from "@/components/plan/strengthen-lock";
import { PortalItem } from "@/components/portal/portal-item";
import { TodayRoutine, type RoutineItem } from "@/components/portal/today-routine";
import { getPortalToday, type HomeworkItem, type PortalToday } from "@/lib/dal/portal";
import { timerOf } from "@/lib/domain/dosage";
import { PHASE_TITLES } from "@/lib/domain/reference/plan-items";
import { formatDayOf } from "@/lib/format";
import { logPainAction } from "./actions";

export const metadata: Metadata = { title: "Today" };

const LIST = "divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-3";

function Phase({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-3">
      <h2 id={`${id}-heading`} className="mb-1 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What the client can do today, in plan order: open phases, not paused, due at least once. */
function routineOf(plan: NonNullable<PortalToday["plan"]>): RoutineItem[] {
  const open = [...plan.relax, ...(plan.strengthenOpen ? plan.strengthen : [])];
  const names = new Map(plan.cautions.map((c) => [c.id, `${c.name}: ${avoidText(c)}`]));
  return open
    .filter((item) => item.due > 0 && !item.pause)
    .map((item: HomeworkItem) => ({
      itemId: item.itemId,
      name: item.name,
      dosageText: item.dosageText,
      steps: item.steps,
      due: item.due,
      doneToday: item.doneToday,
      timer: timerOf(item.dosage),
      cautions: [...item.cautionFlags.map((id) => names.get(id) ?? ""), ...item.cautions].filter(Boolean),
      // Rendered here, on the server: the drawings stay out of the step-through's client bundle.
      illustration: <ItemIllustration itemId={item.itemId} picture={item.picture} />,
    }));
}

export default async function PortalTodayPage({ searchParams }: { searchParams: Promise<{ reported?: string }> }) {
  const [today, { reported }] = await Promise.all([getPortalToday(), searchParams]);
  const { me, plan, timeZone } = today;
  return (
    <>
      <h1 className="mb-3 text-2xl font-semibold">Hello, {me.givenName}</h1>
      <PreVisitPrompt />
      <ConsentPrompt />
      {reported ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Thank you. Your therapist has your report; hands-on items are paused until they have been in touch.
        </p>
      ) : null}

      {plan ? <TodayRoutine items={routineOf(plan)} /> : null}

      <section aria-labelledby="pain-heading" className="mb-3 rounded-lg border border-slate-200 bg-white px-3 py-2">
        <h2 id="pain-heading" className="mb-1 text-lg font-semibold">
          Pain today
        </h2>
        <PainLogForm action={logPainAction} today={today.painToday} />
      </section>

      {plan ? (
        <>
          <ClientCautions cautions={plan.cautions} />
          <Phase id="relax" title={PHASE_TITLES.relax}>
            <ul className={LIST}>
              {plan.relax.map((item) => (
                <PortalItem key={item.itemId} item={item} />
              ))}
            </ul>
          </Phase>
          <Phase
            id="strengthen"
            title={plan.strengthenOpen ? PHASE_TITLES.strengthen : `Next: ${PHASE_TITLES.strengthen}`}
          >
            {plan.strengthenOpen ? (
              <ul className={LIST}>
                {plan.strengthen.map((item) => (
                  <PortalItem key={item.itemId} item={item} />
                ))}
              </ul>
            ) : (
              <div className="rounded-lg border border-dashed border-slate-400 bg-slate-50 text-sm">
                <StrengthenLockNote gate={plan.gate} intakePain={plan.intakePain} className="px-3 pt-2 pb-1" />
                <LockedItems items={plan.strengthen} />
              </div>
            )}
          </Phase>
          {plan.load.length > 0 ? (
            // Advice, not a daily task: folded under its heading so today's items stay in view.
            <section aria-labelledby="everyday-heading" className="mb-3">
              <details>
                <summary className="cursor-pointer">
                  <h2 id="everyday-heading" className="inline text-base font-semibold">
                    {PHASE_TITLES.load} ({plan.load.length})
                  </h2>
                </summary>
                <ul className={`mt-1 ${LIST}`}>
                  {plan.load.map((item) => (
                    <PortalItem key={item.itemId} item={item} />
                  ))}
                </ul>
              </details>
            </section>
          ) : null}
        </>
      ) : (
        <p className="mb-4 rounded-md border border-slate-200 bg-white p-4">
          Your therapist has not given you a home plan yet.
        </p>
      )}
      <p className="text-sm text-slate-700">
        Your therapist: <span className="font-medium text-slate-900">{me.therapistName ?? "not yet assigned"}</span> ·{" "}
        {me.practiceName}
        {plan ? `. Your plan: version ${plan.version}, updated ${formatDayOf(plan.versionDate, timeZone)}.` : ""}
      </p>
    </>
  );
}
