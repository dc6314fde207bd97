import "server-only";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { planItems } from "@/db/schema";
import type { Db } from "@/db/client";
import { itemRuleViolations } from "@/lib/domain/plan-rules";
import type { BlockScope } from "@/lib/domain/reference/contraindications";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { ItemKind, PlanItemDefinition, PlanPhase } from "@/lib/domain/reference/plan-items";
import type { LibraryItemInput } from "@/lib/validation/plan-item";
import { audit } from "./audit";
import { db } from "./database";
import { deny, requireStaff } from "./viewer";

export interface LibraryItem extends PlanItemDefinition {
  /** A practice's own item (editable); reference items are read-only. */
  custom: boolean;
}

type Row = typeof planItems.$inferSelect;

function toItem(row: Row): LibraryItem {
  return {
    id: row.id,
    name: row.name,
    phase: row.phase as PlanPhase,
    kind: row.kind as ItemKind,
    targetMuscles: row.targetMuscles as MuscleId[],
    steps: row.steps,
    dosage: row.dosage,
    progressions: row.progressions,
    cautions: row.cautions,
    scopes: row.scopes as BlockScope[],
    suggestFor: row.suggestForAny ? "any" : ((row.suggestFor ?? []) as MuscleId[]),
    activityId: row.activityId ?? undefined,
    notBehindKnee: row.notBehindKnee,
    custom: row.practiceId !== null,
  };
}

/** The reference items plus the practice's own, in library order. */
export async function loadLibrary(database: Pick<Db, "select">, practiceId: string): Promise<Map<string, LibraryItem>> {
  const rows = await database
    .select()
    .from(planItems)
    .where(or(isNull(planItems.practiceId), eq(planItems.practiceId, practiceId)))
    .orderBy(asc(planItems.sortOrder), asc(planItems.name));
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}

export async function listLibrary(): Promise<LibraryItem[]> {
  const viewer = await requireStaff({ action: "library.list", objectType: "plan_item" });
  return [...(await loadLibrary(await db(), viewer.practiceId)).values()];
}

export async function getLibraryItem(id: string): Promise<LibraryItem> {
  const viewer = await requireStaff({ action: "library.read", objectType: "plan_item", objectId: id.slice(0, 64) });
  const item = (await loadLibrary(await db(), viewer.practiceId)).get(id);
  if (!item) return deny(viewer, { action: "library.read", objectType: "plan_item", objectId: id.slice(0, 64) });
  return item;
}

export type LibraryWriteResult = { ok: true; id: string } | { ok: false; message: string };

function rowValues(input: LibraryItemInput) {
  const massage: BlockScope[] =
    input.kind === "self-massage" || input.kind === "tool-release"
      ? ["all-massage", "massage-over-area", "massage-at-site"]
      : [];
  const scopes: BlockScope[] = [
    ...massage,
    ...(input.kind === "tool-release" ? (["tools"] as const) : []),
    ...(input.deepPressure ? (["deep-pressure"] as const) : []),
    ...(input.behindKnee ? (["direct-behind-knee"] as const) : []),
  ];
  return {
    name: input.name,
    phase: input.phase,
    kind: input.kind,
    targetMuscles: input.targetMuscles,
    steps: input.steps,
    dosage: input.dosage,
    progressions: input.progressions,
    cautions: input.cautions,
    scopes,
    suggestFor: input.targetMuscles,
    suggestForAny: false,
    notBehindKnee: input.electric,
  };
}

/** Creates (id null) or edits one of the practice's own items; reference items stay read-only. */
export async function saveLibraryItem(id: string | null, input: LibraryItemInput): Promise<LibraryWriteResult> {
  const action = id ? "library.update" : "library.create";
  const viewer = await requireStaff({ action, objectType: "plan_item", objectId: id });
  const values = rowValues(input);
  const violations = itemRuleViolations({ ...values, targetMuscles: values.targetMuscles as MuscleId[] });
  if (violations.length > 0) return { ok: false, message: violations.join(" ") };
  const database = await db();
  if (id) {
    const [own] = await database
      .select({ id: planItems.id })
      .from(planItems)
      .where(and(eq(planItems.id, id), eq(planItems.practiceId, viewer.practiceId)))
      .limit(1);
    if (!own) return deny(viewer, { action, objectType: "plan_item", objectId: id.slice(0, 64) });
  }
  const savedId = id ?? crypto.randomUUID();
  await database.transaction(async (tx) => {
    if (id) {
      await tx
        .update(planItems)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(planItems.id, id), eq(planItems.practiceId, viewer.practiceId)));
    } else {
      await tx
        .insert(planItems)
        .values({ ...values, id: savedId, practiceId: viewer.practiceId, createdBy: viewer.userId });
    }
    await audit(tx, viewer, { action, objectType: "plan_item", objectId: savedId, outcome: "allowed" });
  });
  return { ok: true, id: savedId };
}
