// Pain over time and adherence, from loaded rows or loaded here.
import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { checkoffs, flags, intakes, painLogs, plans, planVersions, symptomReports } from "@/db/schema";
import type { Db } from "@/db/client";
import { adherenceWindows, type Adherence, type Checkoff, type VersionInForce } from "@/lib/domain/adherence";
import { dayIn } from "@/lib/domain/days";
import { planPauses } from "@/lib/domain/pauses";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { LibraryItem } from "./library";
import { loadLibrary } from "./library";
import type { ScoredEntry } from "@/lib/domain/outcomes/change";
import { loadLefsScores } from "./outcomes";
import { strengthenOpenedOnFor } from "./plan-gate";

/** Pain over time and how closely the client follows the plan, for the client and the therapist. */
export interface Progress {
  pain: { day: string; score: number }[];
  intakePain: number | null;
  phaseChangeDay: string | null;
  adherence: { last7: Adherence; last30: Adherence; sinceStart: Adherence } | null;
  versions: { version: number; publishedAt: Date }[];
}

/** What progress is computed from; the client overview loads it with the rest of the record. */
export interface ProgressRows {
  /** The client's active plan, if any. */
  plan: typeof plans.$inferSelect | null;
  /** Its published versions, oldest first. */
  versions: { version: number; publishedAt: Date; entries: PublishedEntry[] }[];
  intakePain: number | null;
  logs: { day: string; score: number }[];
  /** Completed LEFS totals by day (the LEFS unlock rule reads them). */
  lefs: readonly ScoredEntry[];
  /** Check-offs of the active plan. */
  marks: Checkoff[];
  reports: { reportedAt: Date; resolvedAt: Date | null }[];
  flags: { contraindicationId: string; openedAt: Date; closedAt: Date | null }[];
  library: ReadonlyMap<string, LibraryItem>;
  timeZone: string;
  today: string;
}

export function progressOf(rows: ProgressRows): Progress {
  const pain = rows.logs.slice(-90);
  if (!rows.plan || rows.versions.length === 0) {
    return {
      pain,
      intakePain: rows.plan ? rows.intakePain : null,
      phaseChangeDay: null,
      adherence: null,
      versions: [],
    };
  }
  const day = (at: Date | null) => (at ? dayIn(rows.timeZone, at) : null);
  const phaseChangeDay = strengthenOpenedOnFor({
    plan: rows.plan,
    firstPublishedAt: rows.versions[0]!.publishedAt,
    intakePain: rows.intakePain,
    logs: rows.logs,
    lefs: rows.lefs,
    timeZone: rows.timeZone,
    today: rows.today,
  });
  // When the client was told not to do items of this plan (lib/domain/pauses.ts decides which).
  const pauses = planPauses({
    entries: rows.versions.flatMap((v) => v.entries),
    items: rows.library,
    reports: rows.reports.map((r) => ({ from: day(r.reportedAt)!, to: day(r.resolvedAt) })),
    flags: rows.flags.map((f) => ({
      contraindicationId: f.contraindicationId as ContraindicationId,
      from: day(f.openedAt)!,
      to: day(f.closedAt),
    })),
  });
  const versions: VersionInForce[] = rows.versions.map((v) => ({ from: day(v.publishedAt)!, entries: v.entries }));
  return {
    pain,
    intakePain: rows.intakePain,
    phaseChangeDay,
    adherence: adherenceWindows(
      { versions, strengthenFrom: phaseChangeDay, checkoffs: rows.marks, pauses },
      rows.today,
    ),
    versions: rows.versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })),
  };
}

/** Loads what progressOf needs for one client (the portal's Progress page). */
export async function loadProgress(
  executor: Pick<Db, "select">,
  scope: { practiceId: string; clientId: string; timeZone: string; today: string },
): Promise<Progress> {
  const { practiceId, clientId } = scope;
  const ofClient = <T extends { clientId: unknown; practiceId: unknown }>(t: T) =>
    and(eq(t.clientId as never, clientId), eq(t.practiceId as never, practiceId));
  const [active] = await executor
    .select({ plan: plans, intakePain: intakes.painNow })
    .from(plans)
    .leftJoin(intakes, eq(intakes.id, plans.intakeId))
    .where(and(ofClient(plans), eq(plans.status, "active")))
    .orderBy(desc(plans.updatedAt))
    .limit(1);
  const planId = active?.plan.id ?? null;
  const [versions, logs, marks, reports, flagRows, library, lefs] = await Promise.all([
    planId
      ? executor
          .select({
            version: planVersions.version,
            publishedAt: planVersions.publishedAt,
            entries: planVersions.entries,
          })
          .from(planVersions)
          .where(and(eq(planVersions.planId, planId), eq(planVersions.practiceId, practiceId)))
          .orderBy(asc(planVersions.version))
      : [],
    executor
      .select({ day: painLogs.day, score: painLogs.score })
      .from(painLogs)
      .where(ofClient(painLogs))
      .orderBy(asc(painLogs.day)),
    planId
      ? executor
          .select({ itemId: checkoffs.itemId, day: checkoffs.day, session: checkoffs.session })
          .from(checkoffs)
          .where(and(ofClient(checkoffs), inArray(checkoffs.planId, [planId])))
      : [],
    planId
      ? executor
          .select({ reportedAt: symptomReports.reportedAt, resolvedAt: symptomReports.resolvedAt })
          .from(symptomReports)
          .where(ofClient(symptomReports))
      : [],
    planId
      ? executor
          .select({ contraindicationId: flags.contraindicationId, openedAt: flags.openedAt, closedAt: flags.closedAt })
          .from(flags)
          .where(ofClient(flags))
      : [],
    planId ? loadLibrary(executor, practiceId) : new Map<string, LibraryItem>(),
    active?.plan.gateType === "lefs-gain" ? loadLefsScores(executor, practiceId, clientId, scope.timeZone) : [],
  ]);
  return progressOf({
    plan: active?.plan ?? null,
    versions: versions.map((v) => ({ ...v, entries: v.entries as PublishedEntry[] })),
    intakePain: active?.intakePain ?? null,
    logs,
    lefs,
    marks,
    reports,
    flags: flagRows,
    library,
    timeZone: scope.timeZone,
    today: scope.today,
  });
}
