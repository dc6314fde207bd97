import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { activities, contraindications, muscleActivities, muscles, planItems } from "../schema";
import { ACTIVITIES, CONTRAINDICATIONS, MUSCLES, PLAN_ITEMS, REFERENCE_VERSION } from "../../lib/domain/reference";

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Copies the clinical reference data of lib/domain/reference into its tables. Idempotent:
 * rows are upserted by id, so every start (and every app server) may run it.
 */
export async function syncReferenceData(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // App servers starting together on PostgreSQL take turns.
    await tx.execute(sql`select pg_advisory_xact_lock(73182027)`);
    await tx
      .insert(activities)
      .values(
        ACTIVITIES.map((a, i) => ({
          id: a.id,
          name: a.name,
          advice: a.advice,
          sortOrder: i,
          refVersion: REFERENCE_VERSION,
        })),
      )
      .onConflictDoUpdate({
        target: activities.id,
        set: {
          name: excluded("name"),
          advice: excluded("advice"),
          sortOrder: excluded("sort_order"),
          refVersion: excluded("ref_version"),
        },
      });
    await tx
      .insert(muscles)
      .values(
        MUSCLES.map((m, i) => ({
          id: m.id,
          name: m.name,
          muscleGroup: m.group,
          sideable: m.sideable,
          views: [...m.views],
          symptoms: [...m.symptoms],
          sortOrder: i,
          refVersion: REFERENCE_VERSION,
        })),
      )
      .onConflictDoUpdate({
        target: muscles.id,
        set: {
          name: excluded("name"),
          muscleGroup: excluded("muscle_group"),
          sideable: excluded("sideable"),
          views: excluded("views"),
          symptoms: excluded("symptoms"),
          sortOrder: excluded("sort_order"),
          refVersion: excluded("ref_version"),
        },
      });
    await tx.delete(muscleActivities);
    await tx
      .insert(muscleActivities)
      .values(MUSCLES.flatMap((m) => m.overloadedBy.map((activityId) => ({ muscleId: m.id, activityId }))));
    await tx
      .insert(contraindications)
      .values(
        CONTRAINDICATIONS.map((c, i) => ({
          id: c.id,
          level: c.level,
          name: c.name,
          signs: c.signs,
          blocks: [...c.blocks],
          blocksText: c.blocksText,
          requires: c.requires,
          sortOrder: i,
          refVersion: REFERENCE_VERSION,
        })),
      )
      .onConflictDoUpdate({
        target: contraindications.id,
        set: {
          level: excluded("level"),
          name: excluded("name"),
          signs: excluded("signs"),
          blocks: excluded("blocks"),
          blocksText: excluded("blocks_text"),
          requires: excluded("requires"),
          sortOrder: excluded("sort_order"),
          refVersion: excluded("ref_version"),
        },
      });
    await tx
      .insert(planItems)
      .values(
        PLAN_ITEMS.map((item, i) => ({
          id: item.id,
          practiceId: null,
          name: item.name,
          phase: item.phase,
          kind: item.kind,
          targetMuscles: [...item.targetMuscles],
          steps: [...item.steps],
          dosage: item.dosage,
          progressions: [...item.progressions],
          cautions: [...item.cautions],
          scopes: [...item.scopes],
          suggestFor: item.suggestFor === "any" ? [] : [...item.suggestFor],
          suggestForAny: item.suggestFor === "any",
          activityId: item.activityId ?? null,
          notBehindKnee: item.notBehindKnee ?? false,
          sortOrder: i,
          refVersion: REFERENCE_VERSION,
        })),
      )
      .onConflictDoUpdate({
        target: planItems.id,
        set: Object.fromEntries(
          [
            "name",
            "phase",
            "kind",
            "target_muscles",
            "steps",
            "dosage",
            "progressions",
            "cautions",
            "scopes",
            "suggest_for",
            "suggest_for_any",
            "activity_id",
            "not_behind_knee",
            "sort_order",
            "ref_version",
          ].map((c) => [c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase()), excluded(c)]),
        ),
      });
  });
}
