import type { Metadata } from "next";
import { ConsentPrompt } from "@/components/portal/consent-prompt";
import { PainLogForm } from "@/components/portal/pain-log-form";
import { StrengthenLockNote } from "@/components/plan/strengthen-lock";
import { PortalItem } from "@/components/portal/portal-item";
import { getPortalToday } from "@/lib/dal/portal";
import { PHASE_TITLES } from "@/lib/domain/reference/plan-items";
import { formatDayOf } from "@/lib/format";
import { logPainAction } from "./actions";

export const metadata: Metadata = { title: "Today" };

function Phase({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-6">
      <h2 id={`${id}-heading`} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function PortalTodayPage({ searchParams }: { searchParams: Promise<{ reported?: string }> }) {
  const [today, { reported }] = await Promise.all([getPortalToday(), searchParams]);
  const { me, plan, timeZone } = today;
  return (
    <>
      <h1 className="text-2xl font-semibold">Hello, {me.givenName}</h1>
      <p className="mb-4 text-slate-700">
        Your therapist: <span className="font-medium text-slate-900">{me.therapistName ?? "not yet assigned"}</span> ·{" "}
        {me.practiceName}
      </p>
      <ConsentPrompt />
      {reported ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Thank you. Your therapist has your report; hands-on items are paused until they have been in touch.
        </p>
      ) : null}

      {plan ? (
        <>
          <p className="mb-4 text-sm text-slate-700">
            Your plan: version {plan.version}, updated {formatDayOf(plan.versionDate, timeZone)}.
          </p>
          <Phase id="relax" title={PHASE_TITLES.relax}>
            <ul className="space-y-3">
              {plan.relax.map((item) => (
                <PortalItem key={item.itemId} item={item} />
              ))}
            </ul>
          </Phase>
          <Phase
            id="strengthen"
            title={plan.strengthenOpen ? PHASE_TITLES.strengthen : `Next: ${PHASE_TITLES.strengthen}`}
          >
            {plan.strengthenOpen ? null : <StrengthenLockNote gate={plan.gate} intakePain={plan.intakePain} />}
            <ul className="space-y-3">
              {plan.strengthen.map((item) => (
                <PortalItem key={item.itemId} item={item} locked={!plan.strengthenOpen} />
              ))}
            </ul>
          </Phase>
          {plan.load.length > 0 ? (
            <Phase id="everyday" title={PHASE_TITLES.load}>
              <ul className="space-y-3">
                {plan.load.map((item) => (
                  <PortalItem key={item.itemId} item={item} />
                ))}
              </ul>
            </Phase>
          ) : null}
        </>
      ) : (
        <p className="mb-6 rounded-md border border-slate-200 bg-white p-4">
          Your therapist has not given you a home plan yet.
        </p>
      )}

      <section aria-labelledby="pain-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="pain-heading" className="mb-2 text-xl font-semibold">
          Pain today
        </h2>
        <PainLogForm action={logPainAction} today={today.painToday} />
      </section>
    </>
  );
}
