import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import {
  findings,
  flags,
  intakeActivities,
  intakes,
  painLogs,
  planEntries,
  plans,
  planVersions,
  practices,
  sessionNotes,
  users,
} from "@/db/schema";
import type { Db } from "@/db/client";
import {
  applyBuilderAction,
  orderedEntries,
  type BuilderAction,
  type BuilderEntry,
  type BuilderState,
  type PublishedEntry,
} from "@/lib/domain/plan-builder";
import {
  activationBlockers,
  judgeItem,
  knownTensions,
  type ItemVerdict,
  type OpenFlagRef,
} from "@/lib/domain/plan-rules";
import { suggestPlan } from "@/lib/domain/plan-suggestion";
import { strengthenOpenedOn, type Gate } from "@/lib/domain/phase-gate";
import { dayIn } from "@/lib/domain/days";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import { audit } from "./audit";
import { practiceDay } from "./practice-day";
import { loadLibrary, type LibraryItem } from "./plan-library";
import { staffClient, staffPlan } from "./scope";
import { type Viewer } from "./viewer";

type Tx = Pick<Db, "select" | "insert" | "update" | "delete">;

async function openFlagsOf(tx: Pick<Db, "select">, viewer: Viewer, clientId: string): Promise<OpenFlagRef[]> {
  const rows = await tx
    .select({ contraindicationId: flags.contraindicationId })
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")));
  return rows.map((r) => ({ contraindicationId: r.contraindicationId as ContraindicationId }));
}

async function entriesOf(tx: Pick<Db, "select">, planId: string): Promise<BuilderEntry[]> {
  const rows = await tx
    .select()
    .from(planEntries)
    .where(eq(planEntries.planId, planId))
    .orderBy(asc(planEntries.position));
  return rows.map((r) => ({ key: r.key, itemId: r.itemId, phase: r.phase, dosage: r.dosage, note: r.note }));
}

/** The muscles of the latest visit's findings (the last session note, else the intake). */
async function latestFindingMuscles(
  tx: Pick<Db, "select">,
  viewer: Viewer,
  intakeId: string | null,
): Promise<string[]> {
  if (!intakeId) return [];
  const [note] = await tx
    .select({ id: sessionNotes.id })
    .from(sessionNotes)
    .where(and(eq(sessionNotes.intakeId, intakeId), eq(sessionNotes.practiceId, viewer.practiceId)))
    .orderBy(desc(sessionNotes.visitDate), desc(sessionNotes.createdAt))
    .limit(1);
  const rows = await tx
    .select({ muscleId: findings.muscleId, tenderness: findings.tenderness })
    .from(findings)
    .where(
      and(
        note ? eq(findings.sessionNoteId, note.id) : eq(findings.intakeId, intakeId),
        eq(findings.practiceId, viewer.practiceId),
      ),
    );
  return [...new Set(rows.filter((r) => r.tenderness > 0).map((r) => r.muscleId))];
}

async function activityIdsOf(tx: Pick<Db, "select">, viewer: Viewer, intakeId: string | null): Promise<string[]> {
  if (!intakeId) return [];
  const rows = await tx
    .select({ id: intakeActivities.activityId })
    .from(intakeActivities)
    .where(and(eq(intakeActivities.intakeId, intakeId), eq(intakeActivities.practiceId, viewer.practiceId)));
  return rows.map((r) => r.id);
}

export async function createPlan(clientId: string): Promise<string> {
  const { viewer, database } = await staffClient(clientId, "plan.create");
  return database.transaction(async (tx) => {
    const [intake] = await tx
      .select({ id: intakes.id })
      .from(intakes)
      .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, viewer.practiceId)))
      .orderBy(desc(intakes.createdAt))
      .limit(1);
    const [plan] = await tx
      .insert(plans)
      .values({ practiceId: viewer.practiceId, clientId, intakeId: intake?.id ?? null, createdBy: viewer.userId })
      .returning({ id: plans.id });
    await audit(tx, viewer, {
      action: "plan.create",
      objectType: "plan",
      objectId: plan!.id,
      outcome: "allowed",
      detail: { clientId },
    });
    return plan!.id;
  });
}

export interface PlanSummary {
  id: string;
  status: "draft" | "active" | "archived";
  publishedVersions: number;
  createdAt: Date;
}

export async function listPlans(clientId: string): Promise<PlanSummary[]> {
  const { viewer, database } = await staffClient(clientId, "plan.list");
  const rows = await database
    .select({
      id: plans.id,
      status: plans.status,
      publishedVersions: plans.publishedVersions,
      createdAt: plans.createdAt,
    })
    .from(plans)
    .where(and(eq(plans.clientId, clientId), eq(plans.practiceId, viewer.practiceId)))
    .orderBy(desc(plans.createdAt));
  await audit(database, viewer, { action: "plan.list", objectType: "client", objectId: clientId, outcome: "allowed" });
  return rows;
}

export function gateOf(row: typeof plans.$inferSelect): Gate {
  switch (row.gateType) {
    case "date":
      return row.gateDate ? { type: "date", date: row.gateDate } : { type: "manual" };
    case "pain-threshold":
      return { type: "pain-threshold", threshold: row.gateThreshold ?? 3, days: row.gateDays ?? 3 };
    case "pain-drop":
      return { type: "pain-drop", drop: 2 };
    default:
      return { type: "manual" };
  }
}

export interface PlanVersionSummary {
  version: number;
  publishedAt: Date;
  publishedByName: string;
  entries: PublishedEntry[];
}

export interface PlanBuilderView {
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
  /** Whether the working copy differs from the latest published version. */
  unpublishedChanges: boolean;
}

async function versionsOf(database: Pick<Db, "select">, viewer: Viewer, planId: string): Promise<PlanVersionSummary[]> {
  const rows = await database
    .select({
      version: planVersions.version,
      publishedAt: planVersions.publishedAt,
      entries: planVersions.entries,
      name: users.displayName,
    })
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.publishedBy))
    .where(and(eq(planVersions.planId, planId), eq(planVersions.practiceId, viewer.practiceId)))
    .orderBy(desc(planVersions.version));
  return rows.map((r) => ({
    version: r.version,
    publishedAt: r.publishedAt,
    publishedByName: r.name,
    entries: r.entries as PublishedEntry[],
  }));
}

export async function getPlanBuilder(planId: string): Promise<PlanBuilderView> {
  const { viewer, row, database } = await staffPlan(planId, "plan.read");
  const [library, openFlags, entries, versions, findingMuscles, activityIds] = await Promise.all([
    loadLibrary(database, viewer.practiceId),
    openFlagsOf(database, viewer, row.clientId),
    entriesOf(database, planId),
    versionsOf(database, viewer, planId),
    latestFindingMuscles(database, viewer, row.intakeId),
    activityIdsOf(database, viewer, row.intakeId),
  ]);
  const [intake] = row.intakeId
    ? await database.select({ painNow: intakes.painNow }).from(intakes).where(eq(intakes.id, row.intakeId))
    : [];
  const logs = await database
    .select({ day: painLogs.day, score: painLogs.score })
    .from(painLogs)
    .where(and(eq(painLogs.clientId, row.clientId), eq(painLogs.practiceId, viewer.practiceId)));
  const items = entries.map((e) => library.get(e.itemId)!).filter(Boolean);
  const latest = versions[0];
  const { timeZone, today } = await practiceDay(database, viewer.practiceId);
  const first = versions.at(-1);
  const current = JSON.stringify(orderedEntries(entries).map((e) => [e.itemId, e.dosage, e.note]));
  const published = latest ? JSON.stringify(latest.entries.map((e) => [e.itemId, e.dosage, e.note])) : null;
  await audit(database, viewer, { action: "plan.read", objectType: "plan", objectId: planId, outcome: "allowed" });
  return {
    id: row.id,
    clientId: row.clientId,
    status: row.status,
    entries: orderedEntries(entries).map((e) => ({
      ...e,
      item: library.get(e.itemId)!,
      verdict: judgeItem(library.get(e.itemId)!, openFlags),
    })),
    library: [...library.values()].map((item) => ({ ...item, verdict: judgeItem(item, openFlags) })),
    gate: gateOf(row),
    advancedAt: row.advancedAt,
    // The same rule the portal applies (lib/domain/phase-gate.ts): what the therapist reads here is what the client sees.
    strengthenOpen:
      strengthenOpenedOn({
        gate: gateOf(row),
        advancedDay: row.advancedAt ? dayIn(timeZone, row.advancedAt) : null,
        startDay: first ? dayIn(timeZone, first.publishedAt) : today,
        today,
        logs,
        intakePain: intake?.painNow ?? 10,
      }) !== null,
    intakePain: intake?.painNow ?? null,
    activationBlockers: activationBlockers(items, openFlags),
    tensions: knownTensions({ findingMuscles, activityIds, itemIds: entries.map((e) => e.itemId) }),
    versions,
    unpublishedChanges: current !== published,
  };
}

export type PlanActionResult = { ok: true; message?: string } | { ok: false; message: string };

async function saveEntries(tx: Tx, planId: string, practiceId: string, entries: BuilderEntry[]) {
  await tx.delete(planEntries).where(eq(planEntries.planId, planId));
  if (entries.length === 0) return;
  await tx
    .insert(planEntries)
    .values(
      orderedEntries(entries).map((e, position) => ({
        planId,
        practiceId,
        key: e.key,
        itemId: e.itemId,
        phase: e.phase,
        position,
        dosage: e.dosage,
        note: e.note,
      })),
    );
}

/**
 * Applies builder actions to a plan under its row lock: the flags, the library and the entries
 * are read inside the transaction, so a flag opened a moment ago is already enforced.
 */
type BuildContext = {
  findingMuscles: string[];
  activityIds: string[];
  openFlags: OpenFlagRef[];
  library: Map<string, LibraryItem>;
  entries: BuilderEntry[];
};

async function runActions(
  planId: string,
  auditAction: string,
  build: (ctx: BuildContext) => BuilderAction[],
): Promise<PlanActionResult & { published?: number }> {
  const { viewer, row, database } = await staffPlan(planId, auditAction);
  return database.transaction(async (tx) => {
    const [locked] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
    if (!locked || locked.status === "archived") return { ok: false, message: "This plan is archived." };
    // One connection runs a transaction, so these reads go one after another.
    const library = await loadLibrary(tx, viewer.practiceId);
    const openFlags = await openFlagsOf(tx, viewer, row.clientId);
    const entries = await entriesOf(tx, planId);
    const findingMuscles = await latestFindingMuscles(tx, viewer, row.intakeId);
    const activityIds = await activityIdsOf(tx, viewer, row.intakeId);
    let state: BuilderState = { status: locked.status, entries, publishedVersions: locked.publishedVersions };
    const ctx = { library, openFlags, newKey: () => crypto.randomUUID() };
    const errors: string[] = [];
    let published: PublishedEntry[] | undefined;
    for (const action of build({ findingMuscles, activityIds, openFlags, library, entries })) {
      const result = applyBuilderAction(state, action, ctx);
      if (!result.ok) errors.push(result.error);
      else if (result.published) published = result.published;
      state = result.state;
    }
    if (errors.length > 0) {
      // Nothing changes when any action is refused; the refusal itself is audited.
      await audit(tx, viewer, {
        action: auditAction,
        objectType: "plan",
        objectId: planId,
        outcome: "failed",
        detail: { errors },
      });
      return { ok: false, message: errors.join(" ") };
    }
    await saveEntries(tx, planId, viewer.practiceId, state.entries);
    await tx
      .update(plans)
      .set({ status: state.status, publishedVersions: state.publishedVersions, updatedAt: new Date() })
      .where(eq(plans.id, planId));
    if (published) {
      await tx
        .insert(planVersions)
        .values({
          practiceId: viewer.practiceId,
          planId,
          version: state.publishedVersions,
          entries: published,
          publishedBy: viewer.userId,
        });
      // A client follows one plan: activating a new one retires the one before it.
      if (locked.status === "draft") {
        await tx
          .update(plans)
          .set({ status: "archived", updatedAt: new Date() })
          .where(
            and(
              eq(plans.clientId, row.clientId),
              eq(plans.practiceId, viewer.practiceId),
              eq(plans.status, "active"),
              ne(plans.id, planId),
            ),
          );
      }
    }
    await audit(tx, viewer, {
      action: published ? "plan.publish" : auditAction,
      objectType: "plan",
      objectId: planId,
      outcome: "allowed",
      detail: published ? { version: state.publishedVersions } : undefined,
    });
    return { ok: true, published: published ? state.publishedVersions : undefined };
  });
}

/** Builder actions (add, remove, move, dosage, note, publish) from the therapist, all or none. */
export async function editPlan(planId: string, actions: BuilderAction | BuilderAction[]): Promise<PlanActionResult> {
  const list = Array.isArray(actions) ? actions : [actions];
  const result = await runActions(
    planId,
    list.some((a) => a.type === "publish") ? "plan.publish" : "plan.edit",
    () => list,
  );
  if (!result.ok) return result;
  return {
    ok: true,
    message: result.published ? `Version ${result.published} published: the client now sees it.` : undefined,
  };
}

/** "Suggest a plan": adds every suggested item that is not already in the plan and not blocked. */
export async function suggestIntoPlan(planId: string): Promise<PlanActionResult> {
  let leftOut: string[] = [];
  const result = await runActions(
    planId,
    "plan.suggest",
    ({ findingMuscles, activityIds, openFlags, library, entries }) => {
      const suggestion = suggestPlan(
        { findingMuscles, activityIds, openFlags },
        [...library.values()].filter((i) => !i.custom),
      );
      leftOut = suggestion.leftOut.map((l) => `${l.name} (${l.reasons.join(" ")})`);
      const present = new Set(entries.map((e) => e.itemId));
      return [...suggestion.phases.relax, ...suggestion.phases.strengthen, ...suggestion.phases.load]
        .filter((itemId) => !present.has(itemId))
        .map((itemId) => ({ type: "add" as const, itemId }));
    },
  );
  if (!result.ok) return result;
  return {
    ok: true,
    message: leftOut.length
      ? `Suggested items added. Left out because of open flags: ${leftOut.join("; ")}`
      : "Suggested items added.",
  };
}

export async function setPlanGate(planId: string, gate: Gate): Promise<void> {
  const { viewer, database } = await staffPlan(planId, "plan.gate");
  await database.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({
        gateType: gate.type,
        gateDate: gate.type === "date" ? gate.date : null,
        gateThreshold: gate.type === "pain-threshold" ? gate.threshold : null,
        gateDays: gate.type === "pain-threshold" ? gate.days : null,
        updatedAt: new Date(),
      })
      .where(and(eq(plans.id, planId), eq(plans.practiceId, viewer.practiceId)));
    await audit(tx, viewer, {
      action: "plan.gate",
      objectType: "plan",
      objectId: planId,
      outcome: "allowed",
      detail: { gate: gate.type },
    });
  });
}

/** The therapist opens the strengthen phase now. */
export async function advancePlan(planId: string): Promise<PlanActionResult> {
  const { viewer, row, database } = await staffPlan(planId, "plan.advance");
  if (row.status !== "active") return { ok: false, message: "Activate the plan before advancing it." };
  await database.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ advancedAt: new Date(), advancedBy: viewer.userId })
      .where(and(eq(plans.id, planId), eq(plans.practiceId, viewer.practiceId)));
    await audit(tx, viewer, { action: "plan.advance", objectType: "plan", objectId: planId, outcome: "allowed" });
  });
  return { ok: true, message: "The strengthen phase is open for the client." };
}

export interface PrintablePlan {
  practiceName: string;
  clientName: string;
  version: PlanVersionSummary;
}

/** The newest published version, for printing (null before the first), and whose plan it is. */
export async function getPrintablePlan(planId: string): Promise<{ clientId: string; plan: PrintablePlan | null }> {
  const { viewer, row, database } = await staffPlan(planId, "plan.print");
  const versions = await versionsOf(database, viewer, planId);
  const [practice] = await database
    .select({ name: practices.name })
    .from(practices)
    .where(eq(practices.id, viewer.practiceId));
  const client = (await staffClient(row.clientId, "plan.print")).row;
  await audit(database, viewer, { action: "plan.print", objectType: "plan", objectId: planId, outcome: "allowed" });
  return {
    clientId: row.clientId,
    plan: versions[0]
      ? { practiceName: practice!.name, clientName: `${client.givenName} ${client.familyName}`, version: versions[0] }
      : null,
  };
}
