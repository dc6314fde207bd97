// Loading the library (reference items plus the practice's own).
import "server-only";
import { asc, eq, isNull, or } from "drizzle-orm";
import { planItems } from "@/db/schema";
import type { Db } from "@/db/client";
import type { BlockScope } from "@/lib/domain/reference/contraindications";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { ItemKind, PlanItemDefinition, PlanPhase } from "@/lib/domain/reference/plan-items";

export interface LibraryItem extends PlanItemDefinition {
  /** A practice's own item (editable); reference items are read-only. */
  custom: boolean;
}

type Row = typeof planItems.$inferSelect;

export function toItem(row: Row): LibraryItem {
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
export async function loadLibrary(executor: Pick<Db, "select">, practiceId: string): Promise<Map<string, LibraryItem>> {
  const rows = await executor
    .select()
    .from(planItems)
    .where(or(isNull(planItems.practiceId), eq(planItems.practiceId, practiceId)))
    .orderBy(asc(planItems.sortOrder), asc(planItems.name));
  return new Map(rows.map((r) => [r.id, toItem(r)]));
}
