// The client's questionnaires in the portal (issue 15): what is due, LEFS answer by answer, a check-in.
import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { clients, intakes, outcomeEntries, plans } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn } from "@/lib/domain/days";
import { scoreLefs } from "@/lib/domain/outcomes/lefs";
import { LEFS_ITEMS, OUTCOME_MEASURES_VERSION, type Occasion } from "@/lib/domain/outcomes/measures";
import { scoreNprs } from "@/lib/domain/outcomes/nprs";
import { scorePsfs } from "@/lib/domain/outcomes/psfs";
import { isDue, nextDue } from "@/lib/domain/outcomes/schedule";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { portalViewer, type ClientViewer } from "./internal/guard";
import { lefsAnswersOf } from "./internal/outcomes";

type Executor = Pick<Db, "select">;

export interface Questionnaires {
  today: string;
  lefs: {
    inProgress: boolean;
    due: boolean;
    /** yyyy-mm-dd, or null when none is scheduled. */
    nextDue: string | null;
    latest: { score: number; completedAt: Date } | null;
  };
  checkIn: {
    due: boolean;
    nextDue: string | null;
    /** The activities the client named at intake (their PSFS), rated again in the check-in. */
    activities: string[];
  };
  timeZone: string;
}

/** What the questionnaires page needs: the schedule, the latest entries, the intake's activities. */
async function loadQuestionnaireRows(executor: Executor, viewer: ClientViewer) {
  const { practiceId, clientId } = viewer;
  const latestOf = (measure: string) =>
    executor
      .select({ score: outcomeEntries.score, completedAt: outcomeEntries.completedAt })
      .from(outcomeEntries)
      .where(
        and(
          eq(outcomeEntries.clientId, clientId),
          eq(outcomeEntries.practiceId, practiceId),
          eq(outcomeEntries.measure, measure),
          sql`${outcomeEntries.completedAt} is not null`,
        ),
      )
      .orderBy(desc(outcomeEntries.completedAt))
      .limit(1);
  const [plan, intake, lefs, nprs, open] = await Promise.all([
    executor
      .select({ everyDays: plans.outcomeEveryDays })
      .from(plans)
      .where(and(eq(plans.clientId, clientId), eq(plans.practiceId, practiceId), eq(plans.status, "active")))
      .orderBy(desc(plans.updatedAt))
      .limit(1),
    executor
      .select({ createdAt: intakes.createdAt, psfs: intakes.psfs })
      .from(intakes)
      .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, practiceId)))
      .orderBy(desc(intakes.createdAt))
      .limit(1),
    latestOf("lefs"),
    latestOf("nprs"),
    executor
      .select({ id: outcomeEntries.id })
      .from(outcomeEntries)
      .where(
        and(
          eq(outcomeEntries.clientId, clientId),
          eq(outcomeEntries.practiceId, practiceId),
          eq(outcomeEntries.measure, "lefs"),
          isNull(outcomeEntries.completedAt),
        ),
      ),
  ]);
  return { everyDays: plan[0]?.everyDays ?? null, intake: intake[0] ?? null, lefs: lefs[0], nprs: nprs[0], open };
}

/** The portal's questionnaires page: the LEFS (due, in progress, last score) and the check-in. */
export async function getMyQuestionnaires(): Promise<Questionnaires> {
  const viewer = await portalViewer("portal.outcomes");
  const database = await db();
  const { timeZone } = viewer;
  const today = dayIn(timeZone, new Date());
  const rows = await loadQuestionnaireRows(database, viewer);
  const day = (at: Date | null | undefined) => (at ? dayIn(timeZone, at) : null);
  const lefsLast = { everyDays: rows.everyDays, lastDay: day(rows.lefs?.completedAt), today };
  // The intake's pain and activities are the first check-in; the schedule asks again from there.
  const checkInLast = {
    everyDays: rows.everyDays,
    lastDay: day(rows.nprs?.completedAt) ?? day(rows.intake?.createdAt),
    today,
  };
  await audit(database, viewer, {
    action: "portal.outcomes",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  return {
    today,
    timeZone,
    lefs: {
      inProgress: rows.open.length > 0,
      due: isDue(lefsLast),
      nextDue: nextDue(lefsLast),
      latest:
        rows.lefs?.score != null && rows.lefs.completedAt
          ? { score: rows.lefs.score, completedAt: rows.lefs.completedAt }
          : null,
    },
    checkIn: {
      due: rows.intake !== null && isDue(checkInLast),
      nextDue: rows.intake ? nextDue(checkInLast) : null,
      activities: rows.intake?.psfs.map((p) => p.activity) ?? [],
    },
  };
}

export interface LefsStep {
  /** The question shown (1-20), or null for the review screen once every question has an answer or a skip. */
  item: number | null;
  answers: Record<string, number | null>;
  answered: number;
  skipped: number[];
}

async function openLefs(executor: Executor, viewer: ClientViewer) {
  const [row] = await executor
    .select({ id: outcomeEntries.id, answers: outcomeEntries.answers })
    .from(outcomeEntries)
    .where(
      and(
        eq(outcomeEntries.clientId, viewer.clientId),
        eq(outcomeEntries.practiceId, viewer.practiceId),
        eq(outcomeEntries.measure, "lefs"),
        isNull(outcomeEntries.completedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The LEFS one question at a time: the one asked for (going back to change an answer), or the
 * first not reached yet, so a reload or another device resumes where the client left off.
 */
export async function getMyLefs(requested: number | null): Promise<LefsStep> {
  const viewer = await portalViewer("portal.outcomes");
  const database = await db();
  const open = await openLefs(database, viewer);
  const answers = open ? lefsAnswersOf(open.answers) : {};
  const firstMissing = LEFS_ITEMS.findIndex((_, i) => !(String(i + 1) in answers));
  const reached = firstMissing === -1 ? LEFS_ITEMS.length : firstMissing + 1;
  // A question further than the first unanswered one is not offered: the order is the questionnaire's.
  const item =
    requested !== null && requested >= 1 && requested <= reached ? requested : firstMissing === -1 ? null : reached;
  await audit(database, viewer, {
    action: "portal.outcomes",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
    detail: { measure: "lefs", entry: open?.id ?? null, item },
  });
  const values = Object.entries(answers);
  return {
    item,
    answers,
    answered: values.filter(([, a]) => a !== null).length,
    skipped: values
      .filter(([, a]) => a === null)
      .map(([k]) => Number(k))
      .sort((a, b) => a - b),
  };
}

async function occasionFor(executor: Executor, viewer: ClientViewer, measure: string): Promise<Occasion> {
  const [client] = await executor
    .select({ status: clients.status })
    .from(clients)
    .where(eq(clients.id, viewer.clientId));
  if (client?.status === "discharged") return "discharge";
  const [done] = await executor
    .select({ id: outcomeEntries.id })
    .from(outcomeEntries)
    .where(
      and(
        eq(outcomeEntries.clientId, viewer.clientId),
        eq(outcomeEntries.practiceId, viewer.practiceId),
        eq(outcomeEntries.measure, measure),
      ),
    )
    .limit(1);
  return done ? "follow-up" : "intake";
}

/** Saves one LEFS answer (null: skipped) at once, starting the questionnaire on the first. */
export async function answerLefs(item: number, answer: number | null): Promise<void> {
  const viewer = await portalViewer("portal.outcome");
  const database = await db();
  await database.transaction(async (tx) => {
    const occasion = await occasionFor(tx, viewer, "lefs");
    const now = new Date();
    const [row] = await tx
      .insert(outcomeEntries)
      .values({
        practiceId: viewer.practiceId,
        clientId: viewer.clientId,
        measure: "lefs",
        measureVersion: OUTCOME_MEASURES_VERSION,
        occasion,
        answers: { items: { [String(item)]: answer } },
        recordedBy: viewer.userId,
      })
      .onConflictDoUpdate({
        target: [outcomeEntries.clientId, outcomeEntries.measure],
        targetWhere: sql`${outcomeEntries.completedAt} is null`,
        set: {
          answers: sql`jsonb_set(${outcomeEntries.answers}, ${`{items,${item}}`}::text[], ${JSON.stringify(answer)}::jsonb)`,
          updatedAt: now,
        },
      })
      .returning({ id: outcomeEntries.id });
    await audit(tx, viewer, {
      action: "portal.outcome",
      objectType: "outcome_entry",
      objectId: row!.id,
      outcome: "allowed",
      detail: { measure: "lefs", item, answer },
    });
  });
}

export type FinishResult =
  { ok: true; score: number } | { ok: false; code: "lefs.too-many-blank" | "lefs.unfinished" | "lefs.nothing-open" };

/** Scores the LEFS in progress and closes it; too many skipped answers leave it open to complete. */
export async function finishLefs(): Promise<FinishResult> {
  const viewer = await portalViewer("portal.outcome");
  const database = await db();
  return database.transaction(async (tx): Promise<FinishResult> => {
    const open = await openLefs(tx, viewer);
    if (!open) return { ok: false, code: "lefs.nothing-open" };
    const answers = lefsAnswersOf(open.answers);
    if (LEFS_ITEMS.some((_, i) => !(String(i + 1) in answers))) return { ok: false, code: "lefs.unfinished" };
    const scored = scoreLefs(LEFS_ITEMS.map((_, i) => answers[String(i + 1)] ?? null));
    if (!scored.ok) return { ok: false, code: scored.code };
    const now = new Date();
    await tx
      .update(outcomeEntries)
      .set({ score: scored.total, completedAt: now, updatedAt: now })
      .where(and(eq(outcomeEntries.id, open.id), isNull(outcomeEntries.completedAt)));
    await audit(tx, viewer, {
      action: "portal.outcome",
      objectType: "outcome_entry",
      objectId: open.id,
      outcome: "allowed",
      detail: { measure: "lefs", score: scored.total, prorated: scored.prorated },
    });
    return { ok: true, score: scored.total };
  });
}

export type CheckInResult = { ok: true } | { ok: false; code: "outcome.psfs-changed" };

/** The check-in: pain now (NPRS) and the intake's activities rated again (PSFS), each an entry. */
export async function checkIn(rating: number, ratings: number[]): Promise<CheckInResult> {
  const viewer = await portalViewer("portal.outcome");
  const database = await db();
  return database.transaction(async (tx): Promise<CheckInResult> => {
    const [intake] = await tx
      .select({ psfs: intakes.psfs })
      .from(intakes)
      .where(and(eq(intakes.clientId, viewer.clientId), eq(intakes.practiceId, viewer.practiceId)))
      .orderBy(desc(intakes.createdAt))
      .limit(1);
    const activities = intake?.psfs.map((p) => p.activity) ?? [];
    if (activities.length !== ratings.length) return { ok: false, code: "outcome.psfs-changed" };
    const occasion = await occasionFor(tx, viewer, "nprs");
    const now = new Date();
    const base = {
      practiceId: viewer.practiceId,
      clientId: viewer.clientId,
      measureVersion: OUTCOME_MEASURES_VERSION,
      occasion: occasion === "intake" ? ("follow-up" as const) : occasion,
      recordedBy: viewer.userId,
      startedAt: now,
      updatedAt: now,
      completedAt: now,
    };
    const values: (typeof outcomeEntries.$inferInsert)[] = [
      { ...base, measure: "nprs", answers: { rating }, score: scoreNprs(rating) },
    ];
    if (activities.length > 0)
      values.push({
        ...base,
        measure: "psfs",
        answers: { items: activities.map((activity, i) => ({ activity, score: ratings[i]! })) },
        score: scorePsfs(ratings),
      });
    const rows = await tx.insert(outcomeEntries).values(values).returning({ id: outcomeEntries.id });
    await audit(tx, viewer, {
      action: "portal.outcome",
      objectType: "client",
      objectId: viewer.clientId,
      outcome: "allowed",
      detail: { measures: values.map((v) => v.measure), entries: rows.map((r) => r.id) },
    });
    return { ok: true };
  });
}
