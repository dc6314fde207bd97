import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import Link from "next/link";
import { ActionButton } from "@/components/plan/action-button";
import { AddItemForm } from "@/components/plan/add-item-form";
import { GateForm } from "@/components/plan/gate-form";
import { OutcomeScheduleForm } from "@/components/plan/outcome-schedule-form";
import { PlanEntry } from "@/components/plan/plan-entry";
import { ClientFrame } from "@/components/clients/client-frame";
import { getPlanBuilder } from "@/lib/dal/plan-builder";
import { PHASE_TITLES, PLAN_PHASES } from "@/lib/domain/reference/plan-items";
import { describeGate } from "@/lib/domain/phase-gate";
import {
  addItemAction,
  advancePlanAction,
  publishPlanAction,
  setGateAction,
  setOutcomeScheduleAction,
  suggestPlanAction,
} from "../actions";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Home plan" };

export default async function PlanBuilderPage({ params }: { params: Promise<{ id: string; planId: string }> }) {
  const { id, planId } = await params;
  const plan = await getPlanBuilder(id, planId);
  const { timeZone } = plan;
  const latest = plan.versions[0];
  const status =
    plan.status === "active"
      ? `Active — version ${latest?.version}${plan.unpublishedChanges ? ", with unpublished changes" : ""}`
      : plan.status === "archived"
        ? "Archived (a newer plan replaced it)"
        : "Draft";
  const inPlan = new Set(plan.entries.map((e) => e.itemId));
  return (
    <ClientFrame header={plan.header}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xl font-semibold">Home plan: {status}</h2>
          {latest ? (
            <Link href={`/clients/${id}/plans/${planId}/print`} className="text-brand-700 underline">
              Printable plan
            </Link>
          ) : null}
        </div>

        {plan.tensions.map((t) => (
          <p
            key={t}
            role="note"
            className="rounded-md border-2 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950"
          >
            <span className="font-semibold">Sources disagree. </span>
            {t}
          </p>
        ))}

        <Section id="builder" title="Items">
          <div className="mb-4">
            <ActionButton action={suggestPlanAction.bind(null, planId)} label="Suggest a plan" variant="secondary" />
            <p className="mt-1 text-sm text-slate-700">
              Proposes items from the latest findings and the intake&apos;s activity causes; edit them after.
            </p>
          </div>
          {PLAN_PHASES.map((phase) => {
            const title = PHASE_TITLES[phase];
            const entries = plan.entries.filter((e) => e.phase === phase);
            return (
              <section key={phase} aria-label={title} className="mb-4">
                <h3 className="mb-2 font-semibold">{title}</h3>
                {entries.length === 0 ? <p className="text-sm text-slate-700">No items.</p> : null}
                <ol className="space-y-2">
                  {entries.map((entry, i) => (
                    <PlanEntry
                      key={entry.key}
                      planId={planId}
                      entry={entry}
                      first={i === 0}
                      last={i === entries.length - 1}
                    />
                  ))}
                </ol>
              </section>
            );
          })}
          <AddItemForm
            action={addItemAction.bind(null, planId)}
            items={plan.library.map((item) => ({
              id: item.id,
              name: item.name,
              phase: item.phase,
              inPlan: inPlan.has(item.id),
              blockedReason: item.verdict.blocked ? item.verdict.reasons.join(" ") : null,
            }))}
          />
        </Section>

        <Section id="gate" title="Unlocking phase 2">
          <p className="mb-3 text-sm">
            {plan.strengthenOpen
              ? "Phase 2 is open for the client."
              : `Phase 2 is locked. The client reads: “${describeGate(plan.gate, plan.intakePain)}”`}
          </p>
          <GateForm action={setGateAction.bind(null, planId)} gate={plan.gate} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <OutcomeScheduleForm
              action={setOutcomeScheduleAction.bind(null, planId)}
              everyDays={plan.outcomeEveryDays}
            />
          </div>
          {plan.status === "active" && !plan.strengthenOpen ? (
            <div className="mt-4">
              <ActionButton
                action={advancePlanAction.bind(null, planId)}
                label="Open phase 2 now"
                variant="secondary"
              />
            </div>
          ) : null}
        </Section>

        <Section id="publish" title={plan.status === "active" ? "Publish changes" : "Activate"}>
          {plan.activationBlockers.length > 0 ? (
            <ul className="mb-3 list-disc pl-5 text-sm text-red-900">
              {plan.activationBlockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : null}
          {plan.status === "archived" ? (
            <p className="text-sm text-slate-700">This plan is archived; the client follows a newer one.</p>
          ) : plan.status !== "active" || plan.unpublishedChanges ? (
            <ActionButton
              action={publishPlanAction.bind(null, planId)}
              label={plan.status === "active" ? `Publish version ${(latest?.version ?? 0) + 1}` : "Activate plan"}
            />
          ) : (
            <p className="text-sm text-slate-700">The client sees the latest version.</p>
          )}
        </Section>

        <Section id="history" title="Version history">
          {plan.versions.length === 0 ? <p className="text-sm text-slate-700">Not published yet.</p> : null}
          <ol className="space-y-1 text-sm">
            {plan.versions.map((v) => (
              <li key={v.version}>
                Version {v.version} — published {formatDateTime(v.publishedAt, timeZone)} by {v.publishedByName} (
                {v.entries.length} items)
              </li>
            ))}
          </ol>
        </Section>
      </div>
    </ClientFrame>
  );
}
