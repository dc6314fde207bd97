import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { checkoffs, flags, intakes, painLogs, plans, planVersions, symptomReports } from "@/db/schema";
import type { Db } from "@/db/client";
import { adherenceWindows, type Adherence, type VersionInForce } from "@/lib/domain/adherence";
import { dayIn } from "@/lib/domain/days";
import { planPauses } from "@/lib/domain/pauses";
import { strengthenOpenedOn as phaseTwoOpenedOn } from "@/lib/domain/phase-gate";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import { loadLibrary } from "./plan-library";
import { practiceDay } from "./practice-day";
import { gateOf } from "./plans";

export interface ActivePlan {
  plan: typeof plans.$inferSelect;
  versions: { version: number; publishedAt: Date; entries: PublishedEntry[] }[];
  intakePain: number | null;
  timeZone: string;
  today: string;
  logs: { day: string; score: number; note: string | null }[];
}

/** The client's active plan with everything the portal and the progress views derive from. */
export async function loadActivePlan(
  database: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
  now = new Date(),
): Promise<ActivePlan | null> {
  const { timeZone, today } = await practiceDay(database, practiceId, now);
  const [plan] = await database
    .select()
    .from(plans)
    .where(and(eq(plans.clientId, clientId), eq(plans.practiceId, practiceId), eq(plans.status, "active")))
    .orderBy(desc(plans.updatedAt))
    .limit(1);
  if (!plan) return null;
  const versions = await database
    .select({ version: planVersions.version, publishedAt: planVersions.publishedAt, entries: planVersions.entries })
    .from(planVersions)
    .where(and(eq(planVersions.planId, plan.id), eq(planVersions.practiceId, practiceId)))
    .orderBy(asc(planVersions.version));
  const [intake] = plan.intakeId
    ? await database.select({ painNow: intakes.painNow }).from(intakes).where(eq(intakes.id, plan.intakeId))
    : [];
  const logs = await database
    .select({ day: painLogs.day, score: painLogs.score, note: painLogs.note })
    .from(painLogs)
    .where(and(eq(painLogs.clientId, clientId), eq(painLogs.practiceId, practiceId)))
    .orderBy(asc(painLogs.day));
  return {
    plan,
    versions: versions.map((v) => ({ ...v, entries: v.entries as PublishedEntry[] })),
    intakePain: intake?.painNow ?? null,
    timeZone,
    today,
    logs,
  };
}

/** The first day phase 2 was open for this client (lib/domain/phase-gate.ts decides). */
export function strengthenOpenedOn(active: ActivePlan): string | null {
  return phaseTwoOpenedOn({
    gate: gateOf(active.plan),
    advancedDay: active.plan.advancedAt ? dayIn(active.timeZone, active.plan.advancedAt) : null,
    startDay: active.versions[0] ? dayIn(active.timeZone, active.versions[0].publishedAt) : active.today,
    today: active.today,
    logs: active.logs,
    intakePain: active.intakePain ?? 10,
  });
}

export interface Progress {
  pain: { day: string; score: number }[];
  intakePain: number | null;
  phaseChangeDay: string | null;
  adherence: { last7: Adherence; last30: Adherence; sinceStart: Adherence } | null;
  versions: { version: number; publishedAt: Date }[];
}

export async function computeProgress(
  database: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
): Promise<Progress> {
  const active = await loadActivePlan(database, practiceId, clientId);
  const pain = (
    await database
      .select({ day: painLogs.day, score: painLogs.score })
      .from(painLogs)
      .where(and(eq(painLogs.clientId, clientId), eq(painLogs.practiceId, practiceId)))
      .orderBy(asc(painLogs.day))
  ).slice(-90);
  if (!active) return { pain, intakePain: null, phaseChangeDay: null, adherence: null, versions: [] };
  const marks = await database
    .select({ itemId: checkoffs.itemId, day: checkoffs.day, session: checkoffs.session })
    .from(checkoffs)
    .where(
      and(eq(checkoffs.clientId, clientId), eq(checkoffs.planId, active.plan.id), eq(checkoffs.practiceId, practiceId)),
    );
  const versions: VersionInForce[] = active.versions.map((v) => ({
    from: dayIn(active.timeZone, v.publishedAt),
    entries: v.entries,
  }));
  const phaseChangeDay = strengthenOpenedOn(active);
  const pauses = await pausesOf(database, practiceId, clientId, active);
  return {
    pain,
    intakePain: active.intakePain,
    phaseChangeDay,
    adherence: adherenceWindows({ versions, strengthenFrom: phaseChangeDay, checkoffs: marks, pauses }, active.today),
    versions: active.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })),
  };
}

/** When the client was told not to do items of this plan (lib/domain/pauses.ts decides which). */
async function pausesOf(database: Pick<Db, "select">, practiceId: string, clientId: string, active: ActivePlan) {
  const day = (at: Date | null) => (at ? dayIn(active.timeZone, at) : null);
  const reports = await database
    .select({ reportedAt: symptomReports.reportedAt, resolvedAt: symptomReports.resolvedAt })
    .from(symptomReports)
    .where(and(eq(symptomReports.clientId, clientId), eq(symptomReports.practiceId, practiceId)));
  const flagRows = await database
    .select({ contraindicationId: flags.contraindicationId, openedAt: flags.openedAt, closedAt: flags.closedAt })
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.practiceId, practiceId)));
  return planPauses({
    entries: active.versions.flatMap((v) => v.entries),
    items: await loadLibrary(database, practiceId),
    reports: reports.map((r) => ({ from: day(r.reportedAt)!, to: day(r.resolvedAt) })),
    flags: flagRows.map((f) => ({
      contraindicationId: f.contraindicationId as ContraindicationId,
      from: day(f.openedAt)!,
      to: day(f.closedAt),
    })),
  });
}
