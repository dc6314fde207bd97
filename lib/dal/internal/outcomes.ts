// A client's outcome measures: loaded once, turned into one series per measure.
import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { intakes, outcomeEntries, type OutcomeAnswers } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn } from "@/lib/domain/days";
import { describeChange, seriesOf, type Change } from "@/lib/domain/outcomes/change";
import { MEASURE_IDS, type MeasureId, type Occasion } from "@/lib/domain/outcomes/measures";
import { scorePsfs } from "@/lib/domain/outcomes/psfs";
import type { ScoredEntry } from "@/lib/domain/outcomes/change";

type Select = Pick<Db, "select">;

/** One score in a measure's series, with its change from the first and, when marked, why. */
export interface OutcomeRow {
  at: Date;
  day: string;
  occasion: Occasion;
  /** Where it came from: the intake form, a clinician's recording, or the client's portal. */
  source: "intake" | "clinic" | "portal";
  score: number;
  change: Change | null;
  /** The change in words, with the measure's threshold (lib/domain/outcomes/change.ts). */
  changeText: string | null;
}

export interface OutcomeTrend {
  measure: MeasureId;
  /** Oldest first. */
  rows: OutcomeRow[];
}

export interface OutcomeRows {
  intakes: { createdAt: Date; painNow: number; psfs: { activity: string; score: number }[] }[];
  entries: { measure: string; occasion: string; score: number | null; completedAt: Date | null; recordedBy: string }[];
}

/** The rows a client's outcome series are made of: their intakes' pain and PSFS, and completed entries. */
export async function loadOutcomeRows(executor: Select, practiceId: string, clientId: string): Promise<OutcomeRows> {
  const [intakeRows, entries] = await Promise.all([
    executor
      .select({ createdAt: intakes.createdAt, painNow: intakes.painNow, psfs: intakes.psfs })
      .from(intakes)
      .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, practiceId)))
      .orderBy(asc(intakes.createdAt)),
    loadCompletedEntries(executor, practiceId, clientId),
  ]);
  return { intakes: intakeRows, entries };
}

/** A client's completed outcome entries, oldest first: every measure's, or one measure's. */
export function loadCompletedEntries(executor: Select, practiceId: string, clientId: string, measure?: MeasureId) {
  return executor
    .select({
      measure: outcomeEntries.measure,
      occasion: outcomeEntries.occasion,
      score: outcomeEntries.score,
      completedAt: outcomeEntries.completedAt,
      recordedBy: outcomeEntries.recordedBy,
    })
    .from(outcomeEntries)
    .where(
      and(
        eq(outcomeEntries.clientId, clientId),
        eq(outcomeEntries.practiceId, practiceId),
        measure ? eq(outcomeEntries.measure, measure) : undefined,
        isNotNull(outcomeEntries.completedAt),
      ),
    )
    .orderBy(asc(outcomeEntries.completedAt));
}

/**
 * Each measure's series, oldest first: the intake's NPRS and PSFS are the first entries (the
 * baseline), then what was collected since. `clientLogin` tells the client's own entries apart.
 */
export function outcomeTrendsOf(rows: OutcomeRows, timeZone: string, clientLogin: string | null): OutcomeTrend[] {
  type Raw = Omit<OutcomeRow, "change" | "changeText"> & { measure: MeasureId };
  const raw: Raw[] = [];
  for (const intake of rows.intakes) {
    const day = dayIn(timeZone, intake.createdAt);
    const base = { at: intake.createdAt, day, occasion: "intake" as const, source: "intake" as const };
    raw.push({ ...base, measure: "nprs", score: intake.painNow });
    if (intake.psfs.length > 0)
      raw.push({ ...base, measure: "psfs", score: scorePsfs(intake.psfs.map((p) => p.score)) });
  }
  for (const e of rows.entries) {
    if (e.score === null || e.completedAt === null) continue;
    raw.push({
      measure: e.measure as MeasureId,
      at: e.completedAt,
      day: dayIn(timeZone, e.completedAt),
      occasion: e.occasion as Occasion,
      source: e.recordedBy === clientLogin ? "portal" : "clinic",
      score: e.score,
    });
  }
  raw.sort((a, b) => a.at.getTime() - b.at.getTime());
  return MEASURE_IDS.map((measure) => ({
    measure,
    rows: seriesOf(
      measure,
      raw.filter((r) => r.measure === measure),
    ).map(({ measure: _m, ...r }) => ({ ...r, changeText: r.change ? describeChange(measure, r.change) : null })),
  }));
}

/** Completed LEFS totals by day, for the phase gate's LEFS rule. */
export function lefsScoresOf(rows: OutcomeRows["entries"], timeZone: string): ScoredEntry[] {
  return rows.flatMap((e) =>
    e.measure === "lefs" && e.score !== null && e.completedAt !== null
      ? [{ day: dayIn(timeZone, e.completedAt), score: e.score }]
      : [],
  );
}

/** Completed LEFS totals of a client, by day (one statement), for the gate where nothing else is loaded. */
export async function loadLefsScores(
  executor: Select,
  practiceId: string,
  clientId: string,
  timeZone: string,
): Promise<ScoredEntry[]> {
  const rows = await loadCompletedEntries(executor, practiceId, clientId, "lefs");
  return lefsScoresOf(rows, timeZone);
}

/** A LEFS in progress: answers by item number (null skipped; absent not reached yet). */
export function lefsAnswersOf(answers: OutcomeAnswers): Record<string, number | null> {
  return "items" in answers && !Array.isArray(answers.items) ? answers.items : {};
}
