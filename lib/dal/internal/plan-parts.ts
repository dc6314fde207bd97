// The parts a plan is built from: entries, versions, latest findings, activities.
import "server-only";
import { and, asc, desc, eq, inArray, notExists, or } from "drizzle-orm";
import { findings, intakeActivities, planEntries, planVersions, sessionNotes, users } from "@/db/schema";
import type { Db } from "@/db/client";
import type { BuilderEntry, PublishedEntry } from "@/lib/domain/plan-builder";

/** What a plan is built from besides its own row: each part one statement. */
type Select = Pick<Db, "select">;

export interface PlanVersionSummary {
  version: number;
  publishedAt: Date;
  publishedByName: string;
  entries: PublishedEntry[];
}

export async function entriesOf(executor: Select, planId: string): Promise<BuilderEntry[]> {
  const rows = await executor
    .select()
    .from(planEntries)
    .where(eq(planEntries.planId, planId))
    .orderBy(asc(planEntries.position));
  return rows.map((r) => ({ key: r.key, itemId: r.itemId, phase: r.phase, dosage: r.dosage, note: r.note }));
}

/** Published versions, newest first. */
export async function versionsOf(executor: Select, practiceId: string, planId: string): Promise<PlanVersionSummary[]> {
  const rows = await executor
    .select({
      version: planVersions.version,
      publishedAt: planVersions.publishedAt,
      entries: planVersions.entries,
      name: users.displayName,
    })
    .from(planVersions)
    .innerJoin(users, eq(users.id, planVersions.publishedBy))
    .where(and(eq(planVersions.planId, planId), eq(planVersions.practiceId, practiceId)))
    .orderBy(desc(planVersions.version));
  return rows.map((r) => ({
    version: r.version,
    publishedAt: r.publishedAt,
    publishedByName: r.name,
    entries: r.entries as PublishedEntry[],
  }));
}

/** The tender muscles of the latest visit of an episode (its last session note, else the intake). */
export async function latestFindingMuscles(executor: Select, practiceId: string, intakeId: string | null) {
  if (!intakeId) return [];
  const lastNote = executor
    .select({ id: sessionNotes.id })
    .from(sessionNotes)
    .where(and(eq(sessionNotes.intakeId, intakeId), eq(sessionNotes.practiceId, practiceId)))
    .orderBy(desc(sessionNotes.visitDate), desc(sessionNotes.createdAt))
    .limit(1);
  const rows = await executor
    .select({ muscleId: findings.muscleId, tenderness: findings.tenderness })
    .from(findings)
    .where(
      and(
        eq(findings.practiceId, practiceId),
        // The last note's findings if the episode has a note, else the intake's: one statement.
        or(inArray(findings.sessionNoteId, lastNote), and(eq(findings.intakeId, intakeId), notExists(lastNote))),
      ),
    );
  return [...new Set(rows.filter((r) => r.tenderness > 0).map((r) => r.muscleId))];
}

export async function activityIdsOf(executor: Select, practiceId: string, intakeId: string | null) {
  if (!intakeId) return [];
  const rows = await executor
    .select({ id: intakeActivities.activityId })
    .from(intakeActivities)
    .where(and(eq(intakeActivities.intakeId, intakeId), eq(intakeActivities.practiceId, practiceId)));
  return rows.map((r) => r.id);
}
