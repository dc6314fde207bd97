// Changes to home plans: create, edit, suggest, publish, unlock rule, advance.
import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { intakes, planEntries, plans, planVersions } from "@/db/schema";
import type { Db } from "@/db/client";
import {
  applyBuilderAction,
  orderedEntries,
  type BuilderAction,
  type BuilderEntry,
  type BuilderRefusal,
  type BuilderState,
  type PublishedEntry,
} from "@/lib/domain/plan-builder";
import type { Gate } from "@/lib/domain/phase-gate";
import type { OpenFlagRef } from "@/lib/domain/plan-rules";
import { suggestPlan } from "@/lib/domain/plan-suggestion";
import type { Action } from "./policy";
import { audit } from "./internal/audit";
import { adherenceChanged } from "./internal/client-upkeep";
import { loadFlags, refsOf } from "./internal/flags";
import { loadLibrary, type LibraryItem } from "./internal/library";
import { activityIdsOf, entriesOf, latestFindingMuscles } from "./internal/plan-parts";
import { scopeChild, scopeClient } from "./internal/scope";
import { gateColumns } from "./internal/plan-gate";

export type { BuilderRefusal } from "@/lib/domain/plan-builder";

type Tx = Pick<Db, "select" | "insert" | "update" | "delete">;

export async function createPlan(clientId: string): Promise<string> {
  const { viewer, database } = await scopeClient("plan.create", clientId);
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

/** A change to a plan: done, or refused with why (nothing changes when any part is refused). */
export type PlanEditResult =
  | { ok: true; published?: number }
  | { ok: false; code: "plan.archived" }
  | { ok: false; code: "plan.refused"; refusals: BuilderRefusal[] };

async function saveEntries(tx: Tx, planId: string, practiceId: string, entries: BuilderEntry[]) {
  await tx.delete(planEntries).where(eq(planEntries.planId, planId));
  if (entries.length === 0) return;
  await tx.insert(planEntries).values(
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

type BuildContext = {
  findingMuscles: string[];
  activityIds: string[];
  openFlags: OpenFlagRef[];
  library: Map<string, LibraryItem>;
  entries: BuilderEntry[];
};

/**
 * Applies builder actions to a plan under its row lock: the flags, the library and the entries
 * are read inside the transaction, so a flag opened a moment ago is already enforced.
 */
async function runActions(
  planId: string,
  action: Extract<Action, `plan.${string}`>,
  build: (ctx: BuildContext) => BuilderAction[],
): Promise<PlanEditResult> {
  const { viewer, row, database } = await scopeChild(action, "plan", planId);
  const { practiceId } = viewer;
  return database.transaction(async (tx): Promise<PlanEditResult> => {
    const [locked] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
    if (!locked || locked.status === "archived") return { ok: false, code: "plan.archived" };
    // One connection runs a transaction, so these reads go one after another.
    const library = await loadLibrary(tx, practiceId);
    const openFlags = refsOf((await loadFlags(tx, practiceId, row.clientId, "open")).open);
    const entries = await entriesOf(tx, planId);
    const findingMuscles = await latestFindingMuscles(tx, practiceId, row.intakeId);
    const activityIds = await activityIdsOf(tx, practiceId, row.intakeId);
    let state: BuilderState = { status: locked.status, entries, publishedVersions: locked.publishedVersions };
    const ctx = { library, openFlags, newKey: () => crypto.randomUUID() };
    const refusals: BuilderRefusal[] = [];
    let published: PublishedEntry[] | undefined;
    for (const step of build({ findingMuscles, activityIds, openFlags, library, entries })) {
      const result = applyBuilderAction(state, step, ctx);
      if (!result.ok) refusals.push(result.refusal);
      else if (result.published) published = result.published;
      state = result.state;
    }
    if (refusals.length > 0) {
      // Nothing changes when any action is refused; the refusal itself is audited.
      await audit(tx, viewer, {
        action,
        objectType: "plan",
        objectId: planId,
        outcome: "failed",
        detail: { refusals: refusals.map((r) => r.code) },
      });
      return { ok: false, code: "plan.refused", refusals };
    }
    await saveEntries(tx, planId, practiceId, state.entries);
    await tx
      .update(plans)
      .set({ status: state.status, publishedVersions: state.publishedVersions, updatedAt: new Date() })
      .where(eq(plans.id, planId));
    if (published) {
      await adherenceChanged(tx, row.clientId);
      await tx.insert(planVersions).values({
        practiceId,
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
              eq(plans.practiceId, practiceId),
              eq(plans.status, "active"),
              ne(plans.id, planId),
            ),
          );
      }
    }
    await audit(tx, viewer, {
      action: published ? "plan.publish" : action,
      objectType: "plan",
      objectId: planId,
      outcome: "allowed",
      detail: published ? { version: state.publishedVersions } : undefined,
    });
    return { ok: true, published: published ? state.publishedVersions : undefined };
  });
}

/** Builder actions (add, remove, move, dosage, note, publish) from the therapist, all or none. */
export async function editPlan(planId: string, actions: BuilderAction | BuilderAction[]): Promise<PlanEditResult> {
  const list = Array.isArray(actions) ? actions : [actions];
  return runActions(planId, list.some((a) => a.type === "publish") ? "plan.publish" : "plan.edit", () => list);
}

export type SuggestResult =
  { ok: true; leftOut: { name: string; reasons: string[] }[] } | Exclude<PlanEditResult, { ok: true }>;

/** "Suggest a plan": adds every suggested item that is not already in the plan and not blocked. */
export async function suggestIntoPlan(planId: string): Promise<SuggestResult> {
  let leftOut: { name: string; reasons: string[] }[] = [];
  const result = await runActions(
    planId,
    "plan.suggest",
    ({ findingMuscles, activityIds, openFlags, library, entries }) => {
      const suggestion = suggestPlan(
        { findingMuscles, activityIds, openFlags },
        [...library.values()].filter((i) => !i.custom),
      );
      leftOut = suggestion.leftOut.map((l) => ({ name: l.name, reasons: l.reasons }));
      const present = new Set(entries.map((e) => e.itemId));
      return [...suggestion.phases.relax, ...suggestion.phases.strengthen, ...suggestion.phases.load]
        .filter((itemId) => !present.has(itemId))
        .map((itemId) => ({ type: "add" as const, itemId }));
    },
  );
  return result.ok ? { ok: true, leftOut } : result;
}

/** How often the client is asked for questionnaires while this plan runs (null: not on a schedule). */
export async function setOutcomeSchedule(planId: string, everyDays: number | null): Promise<void> {
  const { viewer, database } = await scopeChild("plan.outcomes", "plan", planId);
  await database.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ outcomeEveryDays: everyDays, updatedAt: new Date() })
      .where(and(eq(plans.id, planId), eq(plans.practiceId, viewer.practiceId)));
    await audit(tx, viewer, {
      action: "plan.outcomes",
      objectType: "plan",
      objectId: planId,
      outcome: "allowed",
      detail: { everyDays },
    });
  });
}

export async function setPlanGate(planId: string, gate: Gate): Promise<void> {
  const { viewer, database } = await scopeChild("plan.gate", "plan", planId);
  await database.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ ...gateColumns(gate), updatedAt: new Date() })
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

export type AdvanceResult = { ok: true } | { ok: false; code: "plan.not-active" };

/** The therapist opens the strengthen phase now. */
export async function advancePlan(planId: string): Promise<AdvanceResult> {
  const { viewer, row, database } = await scopeChild("plan.advance", "plan", planId);
  if (row.status !== "active") return { ok: false, code: "plan.not-active" };
  await database.transaction(async (tx) => {
    await tx
      .update(plans)
      .set({ advancedAt: new Date(), advancedBy: viewer.userId })
      .where(and(eq(plans.id, planId), eq(plans.practiceId, viewer.practiceId)));
    await audit(tx, viewer, { action: "plan.advance", objectType: "plan", objectId: planId, outcome: "allowed" });
  });
  return { ok: true };
}
