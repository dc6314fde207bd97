import { eq } from "drizzle-orm";
import {
  checkoffs,
  findings,
  flags,
  intakeActivities,
  intakes,
  outcomeEntries,
  painLogs,
  planEntries,
  plans,
  planVersions,
  sessionNotes,
} from "../schema";
import { addDays, dayIn } from "../../lib/domain/days";
import { scoreLefs } from "../../lib/domain/outcomes/lefs";
import { OUTCOME_MEASURES_VERSION } from "../../lib/domain/outcomes/measures";
import { publishEntries, type BuilderEntry } from "../../lib/domain/plan-builder";
import { suggestPlan } from "../../lib/domain/plan-suggestion";
import { PLAN_ITEMS, REFERENCE_VERSION } from "../../lib/domain/reference";
import { recordDemoScreen, type Tx } from "./demo-screen";

const DAY = 86_400_000;

/**
 * One worked example for the demo practice, so a first look at the app shows what a charted
 * client looks like: Jordan, a hiker with back-of-knee pain (DOMAIN.md's first example), with an
 * intake two weeks ago (with a LEFS), a signed follow-up, a caution flag, an active plan and a week of logs.
 */
export async function seedDemoEpisode(
  tx: Tx,
  ids: { practiceId: string; clientId: string; therapistId: string; timeZone: string },
  now = new Date(),
) {
  const { practiceId, clientId, therapistId, timeZone } = ids;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const [intake] = await tx
    .insert(intakes)
    .values({
      practiceId,
      clientId,
      createdBy: therapistId,
      createdAt: at(14),
      refVersion: REFERENCE_VERSION,
      chiefComplaint: "Pain behind the right knee after weekend hikes, worse walking downhill and down stairs",
      painSites: [{ site: "Back of the knee", side: "right" }],
      onsetDate: dayIn(timeZone, at(60)),
      duration: "About two months",
      aggravating: "Long descents, stairs down, a day in heels",
      easing: "Rest, a warm bath",
      painNow: 6,
      psfs: [
        { activity: "Hiking downhill", score: 3 },
        { activity: "Walking down stairs", score: 5 },
      ],
      medicalHistory: "No surgery; mild varicose veins on both calves",
      medications: null,
    })
    .returning({ id: intakes.id });
  const intakeId = intake!.id;
  await tx.insert(intakeActivities).values([
    { practiceId, intakeId, activityId: "hiking-downhill", frequency: "Every weekend", notes: "Steep descents" },
    { practiceId, intakeId, activityId: "high-heels", frequency: "Office days", notes: null },
  ]);
  const finding = (
    muscleId: string,
    tenderness: number,
    visit: { intakeId: string } | { sessionNoteId: string },
    recordedAt: Date,
  ) => ({
    practiceId,
    clientId,
    muscleId,
    side: "right" as const,
    tenderness,
    pointType: "active" as const,
    reproducesPain: muscleId === "popliteus",
    notes: null,
    recordedBy: therapistId,
    recordedAt,
    intakeId: null,
    sessionNoteId: null,
    ...visit,
  });
  await tx
    .insert(findings)
    .values([finding("popliteus", 7, { intakeId }, at(14)), finding("gastrocnemius", 5, { intakeId }, at(14))]);

  const varicose = { id: "varicose-veins" as const, note: "Both calves, mild" };
  const screen = (visit: { intakeId: string } | { sessionNoteId: string }, recordedAt: Date) =>
    recordDemoScreen(tx, { practiceId, clientId, recordedBy: therapistId, recordedAt }, visit, varicose);
  const firstScreen = await screen({ intakeId }, at(14));
  await tx.insert(flags).values({
    practiceId,
    clientId,
    contraindicationId: "varicose-veins",
    openedAt: at(14),
    openedBy: therapistId,
    openedByScreening: firstScreen,
    note: "Both calves, mild",
  });

  const [note] = await tx
    .insert(sessionNotes)
    .values({
      practiceId,
      clientId,
      intakeId,
      therapistId,
      visitDate: dayIn(timeZone, at(7)),
      createdAt: at(7),
      updatedAt: at(7),
      subjective: "Hiked on Sunday with poles; descent less painful. Stairs still sore.",
      painNow: 5,
      assessment: "Popliteus trigger point less tender; calf still tight.",
      plan: "Start the home plan: relax phase first.",
      status: "draft",
      updatedBy: therapistId,
    })
    .returning({ id: sessionNotes.id });
  await tx
    .insert(findings)
    .values([
      finding("popliteus", 5, { sessionNoteId: note!.id }, at(7)),
      finding("gastrocnemius", 4, { sessionNoteId: note!.id }, at(7)),
    ]);
  await screen({ sessionNoteId: note!.id }, at(7));
  // Signed last, as the app does: after signing, the note and its findings are locked.
  await tx
    .update(sessionNotes)
    .set({ status: "signed", signedAt: at(7), signedBy: therapistId, version: 2 })
    .where(eq(sessionNotes.id, note!.id));

  const library = new Map(PLAN_ITEMS.map((i) => [i.id, i]));
  const openFlags = [{ contraindicationId: "varicose-veins" as const }];
  const suggestion = suggestPlan(
    { findingMuscles: ["popliteus", "gastrocnemius"], activityIds: ["hiking-downhill", "high-heels"], openFlags },
    PLAN_ITEMS,
  );
  const entries: BuilderEntry[] = [
    ...suggestion.phases.relax,
    ...suggestion.phases.strengthen,
    ...suggestion.phases.load,
  ].map((itemId) => ({
    key: crypto.randomUUID(),
    itemId,
    phase: library.get(itemId)!.phase,
    dosage: { ...library.get(itemId)!.dosage },
    note: null,
  }));
  const [plan] = await tx
    .insert(plans)
    .values({
      practiceId,
      clientId,
      intakeId,
      status: "active",
      gateType: "pain-threshold",
      gateThreshold: 3,
      gateDays: 3,
      // Questionnaires every 2 weeks: the LEFS taken at intake is due again today.
      outcomeEveryDays: 14,
      createdBy: therapistId,
      createdAt: at(7),
      updatedAt: at(7),
      publishedVersions: 1,
    })
    .returning({ id: plans.id });
  await tx.insert(planEntries).values(
    entries.map((e, position) => ({
      planId: plan!.id,
      practiceId,
      key: e.key,
      itemId: e.itemId,
      phase: e.phase,
      position,
      dosage: e.dosage,
      note: e.note,
    })),
  );
  await tx.insert(planVersions).values({
    practiceId,
    planId: plan!.id,
    version: 1,
    entries: publishEntries(entries, { library, openFlags, newKey: () => "" }),
    publishedAt: at(7),
    publishedBy: therapistId,
  });

  // Outcome measures: the LEFS Maya took with Jordan at intake, and pain re-rated at the follow-up.
  const lefsAtIntake = [2, 1, 4, 4, 4, 2, 3, 3, 2, 4, 3, 1, 1, 3, 3, 1, 0, 1, 2, 4];
  const recorded = (measure: "lefs" | "nprs", daysAgo: number) => ({
    practiceId,
    clientId,
    measure,
    measureVersion: OUTCOME_MEASURES_VERSION,
    recordedBy: therapistId,
    startedAt: at(daysAgo),
    updatedAt: at(daysAgo),
    completedAt: at(daysAgo),
  });
  const lefs = scoreLefs(lefsAtIntake);
  await tx.insert(outcomeEntries).values([
    {
      ...recorded("lefs", 14),
      occasion: "intake",
      answers: { items: Object.fromEntries(lefsAtIntake.map((a, i) => [String(i + 1), a])) },
      score: lefs.ok ? lefs.total : null,
    },
    { ...recorded("nprs", 7), occasion: "follow-up", answers: { rating: 5 }, score: 5 },
  ]);

  const today = dayIn(timeZone, now);
  const scores = [6, 5, 5, 4, 4, 4];
  await tx
    .insert(painLogs)
    .values(
      scores.map((score, i) => ({ practiceId, clientId, day: addDays(today, i - scores.length), score, note: null })),
    );
  const relax = entries.filter((e) => e.phase === "relax").map((e) => e.itemId);
  await tx.insert(checkoffs).values(
    [1, 2, 3, 4, 5, 6].flatMap((daysAgo) =>
      relax.slice(0, daysAgo % 3 === 0 ? 2 : relax.length).map((itemId) => ({
        practiceId,
        clientId,
        planId: plan!.id,
        itemId,
        day: addDays(today, -daysAgo),
        session: 1,
      })),
    ),
  );
}
