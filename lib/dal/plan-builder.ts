// The plan builder page: one plan of one client, judged against their flags.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { intakes, painLogs } from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { Gate } from "@/lib/domain/phase-gate";
import { orderedEntries, type BuilderEntry } from "@/lib/domain/plan-builder";
import { activationBlockers, judgeItem, knownTensions, type ItemVerdict } from "@/lib/domain/plan-rules";
import { audit } from "./internal/audit";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags, refsOf } from "./internal/flags";
import { loadLibrary, type LibraryItem } from "./internal/library";
import { loadLefsScores } from "./internal/outcomes";
import { gateOf, strengthenOpenedOnFor } from "./internal/plan-gate";
import {
  activityIdsOf,
  entriesOf,
  latestFindingMuscles,
  versionsOf,
  type PlanVersionSummary,
} from "./internal/plan-parts";
import { scopeChild } from "./internal/scope";

export type { LibraryItem } from "./internal/library";
export type { PlanVersionSummary } from "./internal/plan-parts";

export interface PlanBuilderView {
  timeZone: string;
  header: ClientHeader;
  id: string;
  clientId: string;
  status: "draft" | "active" | "archived";
  entries: (BuilderEntry & { item: LibraryItem; verdict: ItemVerdict })[];
  library: (LibraryItem & { verdict: ItemVerdict })[];
  gate: Gate;
  advancedAt: Date | null;
  strengthenOpen: boolean;
  intakePain: number | null;
  activationBlockers: string[];
  tensions: string[];
  versions: PlanVersionSummary[];
  /** Days between the client's questionnaires while the plan runs (null: at intake and discharge only). */
  outcomeEveryDays: number | null;
  /** Whether the working copy differs from the latest published version. */
  unpublishedChanges: boolean;
}

/** The plan builder: one plan of one client, with the library judged against the client's flags. */
export async function getPlanBuilder(clientId: string, planId: string): Promise<PlanBuilderView> {
  const { viewer, client, row, database } = await scopeChild("plan.read", "plan", planId, clientId);
  const { practiceId, timeZone } = viewer;
  const [flags, library, entries, versions, findingMuscles, activityIds, intake, logs, lefs] = await Promise.all([
    loadFlags(database, practiceId, clientId, "open"),
    loadLibrary(database, practiceId),
    entriesOf(database, planId),
    versionsOf(database, practiceId, planId),
    latestFindingMuscles(database, practiceId, row.intakeId),
    activityIdsOf(database, practiceId, row.intakeId),
    row.intakeId ? database.select({ painNow: intakes.painNow }).from(intakes).where(eq(intakes.id, row.intakeId)) : [],
    database
      .select({ day: painLogs.day, score: painLogs.score })
      .from(painLogs)
      .where(and(eq(painLogs.clientId, clientId), eq(painLogs.practiceId, practiceId)))
      .orderBy(asc(painLogs.day)),
    // Only the LEFS rule reads them: the builder of any other plan keeps its statement count.
    row.gateType === "lefs-gain" ? loadLefsScores(database, practiceId, clientId, timeZone) : [],
  ]);
  const openFlags = refsOf(flags.open);
  const ordered = orderedEntries(entries);
  const items = ordered.map((e) => library.get(e.itemId)).filter((i): i is LibraryItem => i !== undefined);
  const latest = versions[0];
  const intakePain = intake[0]?.painNow ?? null;
  const current = JSON.stringify(ordered.map((e) => [e.itemId, e.dosage, e.note]));
  const published = latest ? JSON.stringify(latest.entries.map((e) => [e.itemId, e.dosage, e.note])) : null;
  await audit(database, viewer, {
    action: "plan.read",
    objectType: "plan",
    objectId: planId,
    outcome: "allowed",
    detail: { shown: ["header", "entries", "library", "gate", "versions"] },
  });
  return {
    timeZone,
    header: headerOf(client, flags.open, viewer.role),
    id: row.id,
    clientId: row.clientId,
    status: row.status,
    entries: ordered.map((e) => ({
      ...e,
      item: library.get(e.itemId)!,
      verdict: judgeItem(library.get(e.itemId)!, openFlags),
    })),
    library: [...library.values()].map((item) => ({ ...item, verdict: judgeItem(item, openFlags) })),
    gate: gateOf(row),
    outcomeEveryDays: row.outcomeEveryDays,
    advancedAt: row.advancedAt,
    // The rule the portal applies: what the therapist reads here is what the client sees.
    strengthenOpen:
      strengthenOpenedOnFor({
        plan: row,
        firstPublishedAt: versions.at(-1)?.publishedAt ?? null,
        intakePain,
        logs,
        lefs,
        timeZone,
        today: dayIn(timeZone, new Date()),
      }) !== null,
    intakePain,
    activationBlockers: activationBlockers(items, openFlags),
    tensions: knownTensions({ findingMuscles, activityIds, itemIds: entries.map((e) => e.itemId) }),
    versions,
    unpublishedChanges: current !== published,
  };
}
