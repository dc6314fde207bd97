import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeEntries } from "@/db/schema";
import { getClientOverview } from "@/lib/dal/client-overview";
import { createIntake } from "@/lib/dal/intakes";
import { recordOutcome } from "@/lib/dal/outcomes";
import { getPlanBuilder } from "@/lib/dal/plan-builder";
import { createPlan, editPlan, setOutcomeSchedule, setPlanGate } from "@/lib/dal/plans";
import { getMyProgress, getPortalToday } from "@/lib/dal/portal";
import { answerLefs, checkIn, finishLefs, getMyLefs, getMyQuestionnaires } from "@/lib/dal/portal-outcomes";
import { addDays, dayIn } from "@/lib/domain/days";
import { auditRows, countOf, createPractice, intakeInput, NOT_FOUND, signInAs, testDb } from "../support/fixtures";

let here: Awaited<ReturnType<typeof createPractice>>;
let there: Awaited<ReturnType<typeof createPractice>>;

const PSFS = [
  { activity: "Hiking downhill", score: 3 },
  { activity: "Stairs", score: 4 },
  { activity: "Squatting", score: 2 },
];

beforeAll(async () => {
  here = await createPractice("Outcomes");
  there = await createPractice("Elsewhere");
  await signInAs(here.therapist);
  await createIntake(here.clientA.record.id, intakeInput({ painNow: 6, psfs: PSFS }));
});

const entriesOf = (clientId: string) =>
  countOf(sql`select count(*)::int as n from ${outcomeEntries} where ${outcomeEntries.clientId} = ${clientId}`);

/** The client fills a whole LEFS in the portal, answer by answer, and finishes it. */
async function fillLefs(answers: (number | null)[]) {
  for (const [i, a] of answers.entries()) await answerLefs(i + 1, a);
  return finishLefs();
}

describe("outcome measures recorded in the clinic", () => {
  it("score each measure, start from the intake's pain and PSFS, and mark a clinically important change", async () => {
    const clientId = here.clientA.record.id;
    await signInAs(here.therapist);
    expect(await recordOutcome(clientId, { measure: "nprs", occasion: "follow-up", rating: 4 })).toEqual({
      ok: true,
      score: 4,
    });
    expect(await recordOutcome(clientId, { measure: "psfs", occasion: "follow-up", ratings: [4, 5, 3] })).toEqual({
      ok: true,
      score: 4,
    });
    const { outcomes } = await getClientOverview(clientId);
    const nprs = outcomes.find((t) => t.measure === "nprs")!.rows;
    expect(nprs.map((r) => [r.occasion, r.source, r.score, r.change?.important ?? null])).toEqual([
      ["intake", "intake", 6, null],
      ["follow-up", "clinic", 4, true],
    ]);
    expect(nprs[1]!.changeText).toMatch(/^NPRS down 2 points since the first, at or past the 2-point threshold/);
    const psfs = outcomes.find((t) => t.measure === "psfs")!.rows;
    // Intake mean (3 + 4 + 2) / 3 = 3; now 4: a point better, below the 2-point threshold.
    expect(psfs.map((r) => [r.score, r.change?.points ?? null, r.change?.important ?? null])).toEqual([
      [3, null, null],
      [4, 1, false],
    ]);
    const db = await testDb();
    const [stored] = await db
      .select()
      .from(outcomeEntries)
      .where(eq(outcomeEntries.measure, "psfs"))
      .orderBy(outcomeEntries.startedAt);
    // The intake's activity names are kept with the ratings, not whatever a form might send.
    expect(stored!.answers).toEqual({ items: PSFS.map((p, i) => ({ activity: p.activity, score: [4, 5, 3][i] })) });
    expect((await auditRows(stored!.id)).map((a) => [a.action, a.outcome])).toEqual([["outcome.record", "allowed"]]);
  });

  it("writes nothing for a LEFS with 5 blanks or PSFS ratings that do not match the intake's activities", async () => {
    const clientId = here.clientA.record.id;
    await signInAs(here.therapist);
    const before = await entriesOf(clientId);
    const fiveBlank = Array.from({ length: 20 }, (_, i) => (i < 5 ? null : 3));
    expect(await recordOutcome(clientId, { measure: "lefs", occasion: "intake", answers: fiveBlank })).toEqual({
      ok: false,
      code: "lefs.too-many-blank",
    });
    expect(await recordOutcome(clientId, { measure: "psfs", occasion: "follow-up", ratings: [4, 5] })).toEqual({
      ok: false,
      code: "outcome.psfs-changed",
    });
    expect(await entriesOf(clientId)).toBe(before);
    // Four blanks are prorated: 16 answers of 3 = 48 → 60.
    const fourBlank = Array.from({ length: 20 }, (_, i) => (i < 4 ? null : 3));
    expect(await recordOutcome(clientId, { measure: "lefs", occasion: "intake", answers: fourBlank })).toEqual({
      ok: true,
      score: 60,
    });
  });

  it("are refused as not-found to the front desk and to another practice, and write nothing", async () => {
    const clientId = here.clientA.record.id;
    const before = await entriesOf(clientId);
    for (const who of [here.frontDesk, there.therapist, there.admin]) {
      await signInAs(who);
      await expect(recordOutcome(clientId, { measure: "nprs", occasion: "follow-up", rating: 1 })).rejects.toThrow(
        NOT_FOUND,
      );
    }
    expect(await entriesOf(clientId)).toBe(before);
  });
});

describe("the LEFS in the portal", () => {
  it("saves each answer as it goes, resumes at the first unanswered question, and scores on finishing", async () => {
    const { record, login } = here.clientB;
    await signInAs(here.otherTherapist);
    await createIntake(record.id, intakeInput({ painNow: 7, psfs: PSFS.slice(0, 1) }));
    await signInAs(login);
    expect((await getMyLefs(null)).item).toBe(1);
    for (let item = 1; item <= 5; item++) await answerLefs(item, 2);
    // A reload (a fresh read) resumes at question 6; going back shows an answered one, never one ahead.
    expect((await getMyLefs(null)).item).toBe(6);
    expect((await getMyLefs(3)).item).toBe(3);
    expect((await getMyLefs(12)).item).toBe(6);
    await answerLefs(3, 1);
    await answerLefs(6, null);
    expect(await finishLefs()).toEqual({ ok: false, code: "lefs.unfinished" });
    for (let item = 7; item <= 20; item++) await answerLefs(item, 2);
    const review = await getMyLefs(null);
    expect(review).toMatchObject({ item: null, answered: 19, skipped: [6] });
    // (5 × 2 − 1 + 14 × 2) = 37 over 19 answered → 37 × 20 / 19 = 38.9 → 39.
    expect(await finishLefs()).toEqual({ ok: true, score: 39 });
    const questionnaires = await getMyQuestionnaires();
    expect(questionnaires.lefs).toMatchObject({ inProgress: false, latest: { score: 39 } });
  });

  it("marks a second LEFS 11 points higher as a clinically important improvement on the client's progress", async () => {
    await signInAs(here.clientB.login);
    expect(await fillLefs([...Array(10).fill(3), ...Array(10).fill(2)])).toEqual({ ok: true, score: 50 });
    const lefs = (await getMyProgress()).outcomes.find((t) => t.measure === "lefs")!.rows;
    expect(lefs.map((r) => [r.score, r.source, r.change?.important ?? null])).toEqual([
      [39, "portal", null],
      [50, "portal", true],
    ]);
    expect(lefs[1]!.changeText).toMatch(/^LEFS up 11 points since the first, at or past the 9-point threshold/);
  });

  it("refuses a finish with 5 skipped answers and keeps the answers to complete", async () => {
    await signInAs(here.clientB.login);
    const completed = () =>
      countOf(
        sql`select count(*)::int as n from ${outcomeEntries}
            where ${outcomeEntries.clientId} = ${here.clientB.record.id} and ${outcomeEntries.completedAt} is not null`,
      );
    const before = await completed();
    const answers = Array.from({ length: 20 }, (_, i) => (i < 5 ? null : 4));
    expect(await fillLefs(answers)).toEqual({ ok: false, code: "lefs.too-many-blank" });
    expect(await completed()).toBe(before);
    expect((await getMyLefs(null)).skipped).toEqual([1, 2, 3, 4, 5]);
    await answerLefs(1, 4);
    expect(await finishLefs()).toEqual({ ok: true, score: 80 });
    expect(await completed()).toBe(before + 1);
  });

  it("the check-in rates the intake's activities again; another client's scores never show", async () => {
    await signInAs(here.clientB.login);
    expect(await checkIn(5, [])).toEqual({ ok: false, code: "outcome.psfs-changed" });
    expect(await checkIn(5, [6])).toEqual({ ok: true });
    const trends = (await getMyProgress()).outcomes;
    expect(trends.find((t) => t.measure === "nprs")!.rows.map((r) => r.score)).toEqual([7, 5]);
    expect(trends.find((t) => t.measure === "psfs")!.rows.map((r) => [r.score, r.change?.important])).toEqual([
      [3, undefined],
      [6, true],
    ]);
    await signInAs(there.clientA.login);
    expect((await getMyProgress()).outcomes.every((t) => t.rows.length === 0)).toBe(true);
  });
});

describe("the plan's schedule and the LEFS unlock rule", () => {
  it("asks again on the plan's schedule and opens phase 2 when the LEFS rises 9 points", async () => {
    const { record, login } = there.clientB;
    await signInAs(there.otherTherapist);
    await createIntake(record.id, intakeInput({ painNow: 5 }));
    const planId = await createPlan(record.id);
    for (const itemId of ["warm-compress", "calf-stretch"]) await editPlan(planId, { type: "add", itemId });
    await setPlanGate(planId, { type: "lefs-gain", gain: 9 });
    await setOutcomeSchedule(planId, 14);
    expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });

    await signInAs(login);
    expect((await getMyQuestionnaires()).lefs.due).toBe(true);
    expect(await fillLefs(Array(20).fill(2))).toEqual({ ok: true, score: 40 });
    const after = await getMyQuestionnaires();
    const today = dayIn(after.timeZone, new Date());
    expect(after.lefs).toMatchObject({ due: false, nextDue: addDays(today, 14) });
    expect(after.checkIn).toMatchObject({ due: false, nextDue: addDays(today, 14) });
    expect((await getPortalToday()).plan!.strengthenOpen).toBe(false);

    expect(await fillLefs([...Array(8).fill(3), ...Array(12).fill(2)])).toEqual({ ok: true, score: 48 });
    expect((await getPortalToday()).plan!.strengthenOpen).toBe(false);
    expect(await fillLefs([...Array(9).fill(3), ...Array(11).fill(2)])).toEqual({ ok: true, score: 49 });
    expect((await getPortalToday()).plan!.strengthenOpen).toBe(true);
    // The builder reads the same rule from the same inputs: the therapist sees what the client sees.
    await signInAs(there.otherTherapist);
    expect(await getPlanBuilder(record.id, planId)).toMatchObject({
      gate: { type: "lefs-gain", gain: 9 },
      outcomeEveryDays: 14,
      strengthenOpen: true,
    });
  });
});
