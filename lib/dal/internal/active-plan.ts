// The plan a client follows now, for the portal's reads and writes.
import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { intakes, painLogs, plans, planVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Gate, PainLog } from "@/lib/domain/phase-gate";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import type { ScoredEntry } from "@/lib/domain/outcomes/change";
import { loadLefsScores } from "./outcomes";
import { gateOf, strengthenOpenedOnFor } from "./plan-gate";

type Select = Pick<Db, "select">;

/** The plan a client follows now: its row, the intake's pain score and its published versions. */
export interface ActivePlan {
  plan: typeof plans.$inferSelect;
  intakePain: number | null;
  /** Oldest first; the last one is what the client sees. */
  versions: { version: number; publishedAt: Date; entries: PublishedEntry[] }[];
  /** The client's completed LEFS totals (the LEFS unlock rule reads them). */
  lefs: ScoredEntry[];
}

/** Two statements: the plan with its intake's pain, then its versions (and the LEFS totals its rule reads). */
export async function loadActivePlan(
  executor: Select,
  practiceId: string,
  clientId: string,
  timeZone: string,
): Promise<ActivePlan | null> {
  const [active] = await executor
    .select({ plan: plans, intakePain: intakes.painNow })
    .from(plans)
    .leftJoin(intakes, eq(intakes.id, plans.intakeId))
    .where(and(eq(plans.clientId, clientId), eq(plans.practiceId, practiceId), eq(plans.status, "active")))
    .orderBy(desc(plans.updatedAt))
    .limit(1);
  if (!active) return null;
  const [versions, lefs] = await Promise.all([
    executor
      .select({ version: planVersions.version, publishedAt: planVersions.publishedAt, entries: planVersions.entries })
      .from(planVersions)
      .where(and(eq(planVersions.planId, active.plan.id), eq(planVersions.practiceId, practiceId)))
      .orderBy(asc(planVersions.version)),
    // Only the LEFS rule reads them: other plans' screens keep their statement count.
    active.plan.gateType === "lefs-gain" ? loadLefsScores(executor, practiceId, clientId, timeZone) : [],
  ]);
  if (versions.length === 0) return null;
  return {
    plan: active.plan,
    intakePain: active.intakePain,
    versions: versions.map((v) => ({ ...v, entries: v.entries as PublishedEntry[] })),
    lefs,
  };
}

/** Whether the client may do the strengthen phase of their active plan today. */
export function strengthenOpenToday(active: ActivePlan, logs: readonly PainLog[], timeZone: string, today: string) {
  const opened = strengthenOpenedOnFor({
    plan: active.plan,
    firstPublishedAt: active.versions[0]!.publishedAt,
    intakePain: active.intakePain,
    logs,
    lefs: active.lefs,
    timeZone,
    today,
  });
  return opened !== null;
}

/** A client's pain logs, oldest first (the phase gate reads them). */
export async function loadPainLogs(executor: Select, practiceId: string, clientId: string) {
  return executor
    .select({ day: painLogs.day, score: painLogs.score, note: painLogs.note })
    .from(painLogs)
    .where(and(eq(painLogs.clientId, clientId), eq(painLogs.practiceId, practiceId)))
    .orderBy(asc(painLogs.day));
}

/** Whether the strengthen phase is open today, and the rule that opens it: what the portal and the print say. */
export interface StrengthenLock {
  open: boolean;
  gate: Gate;
  intakePain: number | null;
}

export function strengthenLockOf(
  active: ActivePlan,
  logs: readonly PainLog[],
  timeZone: string,
  today: string,
): StrengthenLock {
  return {
    open: strengthenOpenToday(active, logs, timeZone, today),
    gate: gateOf(active.plan),
    intakePain: active.intakePain,
  };
}
