// Outcome measures recorded in the clinic (issue 15): NPRS, PSFS and LEFS on the client's record.
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { intakes, outcomeEntries, type OutcomeAnswers } from "@/db/schema";
import { scoreLefs } from "@/lib/domain/outcomes/lefs";
import { OUTCOME_MEASURES_VERSION, type Occasion } from "@/lib/domain/outcomes/measures";
import { scoreNprs } from "@/lib/domain/outcomes/nprs";
import { scorePsfs } from "@/lib/domain/outcomes/psfs";
import { audit } from "./internal/audit";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags } from "./internal/flags";
import { scopeClient } from "./internal/scope";

export type OutcomeInput =
  | { measure: "nprs"; occasion: Occasion; rating: number }
  | { measure: "psfs"; occasion: Occasion; ratings: number[] }
  | { measure: "lefs"; occasion: Occasion; answers: (number | null)[] };

export type RecordOutcomeResult =
  | { ok: true; score: number }
  | { ok: false; code: "outcome.no-psfs-activities" | "outcome.psfs-changed" | "lefs.too-many-blank" };

/** The activities the client named on their latest intake's PSFS: what is rated again. */
async function psfsActivitiesOf(
  database: Awaited<ReturnType<typeof scopeClient>>["database"],
  practiceId: string,
  clientId: string,
): Promise<string[]> {
  const [latest] = await database
    .select({ psfs: intakes.psfs })
    .from(intakes)
    .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, practiceId)))
    .orderBy(desc(intakes.createdAt))
    .limit(1);
  return latest?.psfs.map((p) => p.activity) ?? [];
}

/** The recording page: the client's header and the PSFS activities to rate again. */
export async function getOutcomeRecordScreen(
  clientId: string,
): Promise<{ header: ClientHeader; psfsActivities: string[] }> {
  const { viewer, client, database } = await scopeClient("outcome.record", clientId);
  const [flags, psfsActivities] = await Promise.all([
    loadFlags(database, viewer.practiceId, clientId, "open"),
    psfsActivitiesOf(database, viewer.practiceId, clientId),
  ]);
  await audit(database, viewer, {
    action: "outcome.record",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
    detail: { shown: ["header", "psfs-activities"] },
  });
  return { header: headerOf(client, flags.open, viewer.role), psfsActivities };
}

/** Scores and stores one measure, audited with its score; a refused input writes nothing. */
export async function recordOutcome(clientId: string, input: OutcomeInput): Promise<RecordOutcomeResult> {
  const { viewer, database } = await scopeClient("outcome.record", clientId);
  let score: number;
  let answers: OutcomeAnswers;
  if (input.measure === "nprs") {
    score = scoreNprs(input.rating);
    answers = { rating: input.rating };
  } else if (input.measure === "psfs") {
    const activities = await psfsActivitiesOf(database, viewer.practiceId, clientId);
    if (activities.length === 0) return { ok: false, code: "outcome.no-psfs-activities" };
    // The form showed the intake's activities; a new intake since then changes what is rated.
    if (activities.length !== input.ratings.length) return { ok: false, code: "outcome.psfs-changed" };
    score = scorePsfs(input.ratings);
    answers = { items: activities.map((activity, i) => ({ activity, score: input.ratings[i]! })) };
  } else {
    const scored = scoreLefs(input.answers);
    if (!scored.ok) return { ok: false, code: scored.code };
    score = scored.total;
    answers = { items: Object.fromEntries(input.answers.map((a, i) => [String(i + 1), a])) };
  }
  await database.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(outcomeEntries)
      .values({
        practiceId: viewer.practiceId,
        clientId,
        measure: input.measure,
        measureVersion: OUTCOME_MEASURES_VERSION,
        occasion: input.occasion,
        answers,
        score,
        recordedBy: viewer.userId,
        startedAt: now,
        updatedAt: now,
        completedAt: now,
      })
      .returning({ id: outcomeEntries.id });
    await audit(tx, viewer, {
      action: "outcome.record",
      objectType: "outcome_entry",
      objectId: row!.id,
      outcome: "allowed",
      detail: { clientId, measure: input.measure, occasion: input.occasion, score },
    });
  });
  return { ok: true, score };
}
