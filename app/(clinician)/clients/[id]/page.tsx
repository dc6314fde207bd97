import type { Metadata } from "next";
import Link from "next/link";
import { FindingsTrends } from "@/components/chart/findings-trends";
import { Timeline } from "@/components/chart/timeline";
import { ClientFrame } from "@/components/clients/client-frame";
import { STATUS_NAMES } from "@/components/clients/client-messages";
import { ConsentForm } from "@/components/clients/consent-form";
import { PortalAccess } from "@/components/clients/portal-access";
import { FlagList } from "@/components/flags/flag-list";
import { OutcomeTrends } from "@/components/outcomes/outcome-trends";
import { ActionButton } from "@/components/plan/action-button";
import { SymptomReportList } from "@/components/portal/symptom-report-list";
import { AdherenceFigures } from "@/components/progress/adherence-figures";
import { PainChart } from "@/components/progress/pain-chart";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getClientOverview, type ClientOverview } from "@/lib/dal/client-overview";
import { formatDateTime, formatDayOf } from "@/lib/format";
import { dischargeClientAction, reactivateClientAction, recordConsentAction } from "../actions";
import { createPlanAction } from "./plans/actions";
import { inviteClientAction, revokeInvitationAction, unlinkPortalLoginAction } from "./portal/actions";

export const metadata: Metadata = { title: "Client" };

/** Who gave consent, when, and who recorded it: the client in their portal, or a member of staff. */
function consentText(client: ClientOverview["details"], timeZone: string): string {
  if (!client.consentAt) return "Not recorded";
  const given = `Given by “${client.consentName}” on ${formatDateTime(client.consentAt, timeZone)}`;
  const by = client.consentRecordedBy;
  if (!by) return given;
  return by.inPortal ? `${given}, in the portal` : `${given}, recorded by ${by.name}`;
}

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const {
    header,
    details: client,
    invitations,
    flags,
    intakes,
    chart,
    plans,
    reports,
    progress,
    outcomes,
    timeZone,
  } = await getClientOverview(id);
  return (
    <ClientFrame header={header}>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Section id="details" title="Details">
          <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 wrap-anywhere">
            <dt className="font-medium text-slate-700">Status</dt>
            <dd>{STATUS_NAMES[header.status]}</dd>
            <dt className="font-medium text-slate-700">Email</dt>
            <dd>{client.email ?? "—"}</dd>
            <dt className="font-medium text-slate-700">Phone</dt>
            <dd>{client.phone ?? "—"}</dd>
            <dt className="font-medium text-slate-700">Primary therapist</dt>
            <dd>{client.therapistName ?? "—"}</dd>
            <dt className="font-medium text-slate-700">Portal login</dt>
            <dd>{client.hasPortalLogin ? "Active" : invitations.length > 0 ? "Invited" : "Not invited"}</dd>
            <dt id="consent" className="scroll-mt-4 font-medium text-slate-700">
              Consent to treatment
            </dt>
            <dd>{consentText(client, timeZone)}</dd>
          </dl>
          {client.consentAt ? null : <ConsentForm action={recordConsentAction.bind(null, id)} />}
          <div className="mt-3">
            {header.status === "discharged" ? (
              <ActionButton action={reactivateClientAction.bind(null, id)} label="Reactivate" variant="secondary" />
            ) : (
              <ActionButton action={dischargeClientAction.bind(null, id)} label="Discharge" variant="secondary" />
            )}
          </div>
        </Section>

        <Section id="portal" title="Portal">
          <PortalAccess
            details={{ hasPortalLogin: client.hasPortalLogin, portalLoginEmail: client.portalLoginEmail }}
            invitations={invitations}
            timeZone={timeZone}
            inviteAction={inviteClientAction.bind(null, id)}
            revokeActions={Object.fromEntries(invitations.map((i) => [i.id, revokeInvitationAction.bind(null, i.id)]))}
            unlinkAction={unlinkPortalLoginAction.bind(null, id)}
          />
          <h3 className="mb-1 font-semibold">Symptom reports</h3>
          <SymptomReportList reports={reports} timeZone={timeZone} />
          <h3 className="mb-1 mt-4 font-semibold">Adherence</h3>
          <AdherenceFigures progress={progress} />
          <h3 className="mb-1 mt-4 font-semibold">Pain log</h3>
          <PainChart progress={progress} />
        </Section>

        <Section id="flags" title="Contraindication flags">
          <FlagList open={flags.open} closed={flags.closed} timeZone={timeZone} />
        </Section>

        <Section id="episodes" title="Episodes of care">
          {intakes.length === 0 ? <p className="text-slate-700">No intake yet.</p> : null}
          <ul className="space-y-2">
            {intakes.map((intake) => (
              <li key={intake.id}>
                <Link href={`/clients/${id}/intakes/${intake.id}`} className="font-medium text-brand-700 underline">
                  Intake of {formatDayOf(intake.createdAt, timeZone)}
                </Link>
                <span className="text-sm text-slate-700">
                  {" "}
                  — {intake.chiefComplaint} (pain {intake.painNow}/10)
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link
              href={`/clients/${id}/intakes/new`}
              className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
            >
              New intake
            </Link>
          </p>
        </Section>

        <Section id="plans" title="Home plans">
          {plans.length === 0 ? <p className="text-slate-700">No home plan yet.</p> : null}
          <ul className="space-y-2">
            {plans.map((plan) => (
              <li key={plan.id}>
                <Link href={`/clients/${id}/plans/${plan.id}`} className="font-medium text-brand-700 underline">
                  Plan of {formatDayOf(plan.createdAt, timeZone)}
                </Link>
                <span className="text-sm text-slate-700">
                  {" "}
                  — {plan.status === "active" ? `active, version ${plan.publishedVersions}` : plan.status}
                </span>
              </li>
            ))}
          </ul>
          <form action={createPlanAction.bind(null, id)} className="mt-3">
            <Button type="submit">New home plan</Button>
          </form>
        </Section>

        <Section id="outcomes" title="Outcome measures" className="lg:col-span-2">
          <OutcomeTrends trends={outcomes} audience="clinic" />
          <p className="mt-3">
            <Link
              href={`/clients/${id}/outcomes/new`}
              className="inline-flex rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
            >
              Record outcome measures
            </Link>
          </p>
        </Section>

        <Section id="trends" title="Findings across visits">
          <FindingsTrends chart={chart} />
        </Section>

        <div className="lg:col-span-2">
          <Section id="timeline" title="Timeline">
            <Timeline events={chart.timeline} clientId={id} timeZone={timeZone} />
          </Section>
        </div>
      </div>
    </ClientFrame>
  );
}
