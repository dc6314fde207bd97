import "server-only";
import { and, desc, eq, isNull, max } from "drizzle-orm";
import { checkoffs, flags, painLogs, symptomReports } from "@/db/schema";
import { dailySessions } from "@/lib/domain/dosage";
import { describeGate } from "@/lib/domain/phase-gate";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import { judgeItem } from "@/lib/domain/plan-rules";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import { STOP_SYMPTOM_NAMES, type StopSymptom } from "@/lib/domain/symptoms";
import { formatDayOf } from "@/lib/format";
import { audit } from "./audit";
import { practiceDay } from "./practice-day";
import { db } from "./database";
import { loadLibrary } from "./plan-library";
import { gateOf } from "./plans";
import { computeProgress, loadActivePlan, strengthenOpenedOn, type Progress } from "./progress";
import { deny, requireViewer, type Viewer } from "./viewer";

/** The signed-in client, or not-found for anyone else: the portal is only ever one's own. */
async function requireClient(action: string): Promise<Viewer & { clientId: string }> {
  const viewer = await requireViewer();
  if (viewer.role !== "client" || !viewer.clientId) return deny(viewer, { action, objectType: "portal" });
  return viewer as Viewer & { clientId: string };
}

export interface TodayItem extends PublishedEntry {
  due: number;
  doneToday: number;
  /** Why the client should not do it now, if paused. */
  pausedReason: string | null;
}

export interface PortalToday {
  plan: null | {
    version: number;
    versionDate: Date;
    relax: TodayItem[];
    strengthen: TodayItem[];
    load: TodayItem[];
    strengthenOpen: boolean;
    unlockText: string;
  };
  today: string;
  painToday: { score: number; note: string | null } | null;
  openReports: { kind: string; reportedAt: Date }[];
}

export async function getPortalToday(): Promise<PortalToday> {
  const viewer = await requireClient("portal.today");
  const database = await db();
  const active = await loadActivePlan(database, viewer.practiceId, viewer.clientId);
  const reports = await database
    .select({ kind: symptomReports.kind, reportedAt: symptomReports.reportedAt })
    .from(symptomReports)
    .where(
      and(
        eq(symptomReports.clientId, viewer.clientId),
        eq(symptomReports.practiceId, viewer.practiceId),
        isNull(symptomReports.resolvedAt),
      ),
    )
    .orderBy(desc(symptomReports.reportedAt));
  const today = active?.today ?? (await practiceDay(database, viewer.practiceId)).today;
  const painToday = active?.logs.find((l) => l.day === today) ?? null;
  await audit(database, viewer, {
    action: "portal.today",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  const latest = active?.versions.at(-1);
  if (!active || !latest) return { plan: null, today, painToday, openReports: reports };

  const [openFlags, library, marks] = await Promise.all([
    database
      .select({ contraindicationId: flags.contraindicationId })
      .from(flags)
      .where(
        and(eq(flags.clientId, viewer.clientId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")),
      ),
    loadLibrary(database, viewer.practiceId),
    database
      .select({ itemId: checkoffs.itemId, session: checkoffs.session })
      .from(checkoffs)
      .where(
        and(eq(checkoffs.clientId, viewer.clientId), eq(checkoffs.planId, active.plan.id), eq(checkoffs.day, today)),
      ),
  ]);
  const flagRefs = openFlags.map((f) => ({ contraindicationId: f.contraindicationId as ContraindicationId }));
  const reported = reports[0];
  const toItem = (entry: PublishedEntry): TodayItem => {
    const libraryItem = library.get(entry.itemId);
    const blockedNow = libraryItem ? judgeItem(libraryItem, flagRefs).blocked : false;
    const pausedReason =
      reported && entry.handsOn
        ? `Paused: you reported ${STOP_SYMPTOM_NAMES[reported.kind].toLowerCase()} on ${formatDayOf(reported.reportedAt, active.timeZone)}. Do not do hands-on work until your therapist has been in touch.`
        : blockedNow
          ? "Paused by your therapist after your latest screening. Please do not do this one for now."
          : null;
    return {
      ...entry,
      due: entry.phase === "load" ? 0 : dailySessions(entry.dosage),
      doneToday: marks.filter((m) => m.itemId === entry.itemId).length,
      pausedReason,
    };
  };
  const strengthenOpen = strengthenOpenedOn(active) !== null;
  const entries = latest.entries.map(toItem);
  return {
    plan: {
      version: latest.version,
      versionDate: latest.publishedAt,
      relax: entries.filter((e) => e.phase === "relax"),
      strengthen: entries.filter((e) => e.phase === "strengthen"),
      load: entries.filter((e) => e.phase === "load"),
      strengthenOpen,
      unlockText: describeGate(gateOf(active.plan), active.intakePain ?? 10),
    },
    today,
    painToday,
    openReports: reports,
  };
}

export type MarkResult = { ok: true; doneToday: number } | { ok: false; message: string };

/**
 * Marks session `session` of an item done today. The session number comes from what the client
 * saw, so a double tap stores it once. Items not in the plan, locked or paused cannot be marked.
 */
export async function markDone(itemId: string, session: number): Promise<MarkResult> {
  const viewer = await requireClient("portal.mark");
  const today = await getPortalToday();
  const item = [...(today.plan?.relax ?? []), ...(today.plan?.strengthenOpen ? today.plan.strengthen : [])].find(
    (i) => i.itemId === itemId,
  );
  if (!today.plan || !item)
    return deny(viewer, { action: "portal.mark", objectType: "plan_item", objectId: String(itemId).slice(0, 64) });
  if (item.pausedReason) return { ok: false, message: item.pausedReason };
  if (!Number.isInteger(session) || session < 1 || session > item.due)
    return { ok: false, message: "That is already done for today." };
  const database = await db();
  const active = await loadActivePlan(database, viewer.practiceId, viewer.clientId);
  await database.transaction(async (tx) => {
    await tx
      .insert(checkoffs)
      .values({
        practiceId: viewer.practiceId,
        clientId: viewer.clientId,
        planId: active!.plan.id,
        itemId,
        day: today.today,
        session,
      })
      .onConflictDoNothing();
    await audit(tx, viewer, {
      action: "portal.mark",
      objectType: "plan_item",
      objectId: itemId,
      outcome: "allowed",
      detail: { session, day: today.today },
    });
  });
  return { ok: true, doneToday: Math.max(item.doneToday, session) };
}

/** Takes back today's latest mark of an item. */
export async function undoMark(itemId: string): Promise<MarkResult> {
  const viewer = await requireClient("portal.unmark");
  const database = await db();
  const active = await loadActivePlan(database, viewer.practiceId, viewer.clientId);
  if (!active)
    return deny(viewer, { action: "portal.unmark", objectType: "plan_item", objectId: String(itemId).slice(0, 64) });
  const where = and(
    eq(checkoffs.clientId, viewer.clientId),
    eq(checkoffs.planId, active.plan.id),
    eq(checkoffs.itemId, itemId),
    eq(checkoffs.day, active.today),
  );
  const result = await database.transaction(async (tx): Promise<MarkResult | null> => {
    const [last] = await tx
      .select({ session: max(checkoffs.session) })
      .from(checkoffs)
      .where(where);
    if (!last?.session) return null;
    await tx.delete(checkoffs).where(and(where, eq(checkoffs.session, last.session)));
    await audit(tx, viewer, { action: "portal.unmark", objectType: "plan_item", objectId: itemId, outcome: "allowed" });
    return { ok: true, doneToday: last.session - 1 };
  });
  // Refused outside the transaction: the embedded engine has one connection, and deny() writes.
  return (
    result ?? deny(viewer, { action: "portal.unmark", objectType: "plan_item", objectId: String(itemId).slice(0, 64) })
  );
}

/** Today's pain score (one a day: logging again replaces it). */
export async function logPain(score: number, note: string | null): Promise<void> {
  const viewer = await requireClient("portal.pain");
  const database = await db();
  const active = await loadActivePlan(database, viewer.practiceId, viewer.clientId);
  const day = active?.today ?? (await practiceDay(database, viewer.practiceId)).today;
  await database.transaction(async (tx) => {
    await tx
      .insert(painLogs)
      .values({ practiceId: viewer.practiceId, clientId: viewer.clientId, day, score, note })
      .onConflictDoUpdate({ target: [painLogs.clientId, painLogs.day], set: { score, note, loggedAt: new Date() } });
    await audit(tx, viewer, {
      action: "portal.pain",
      objectType: "client",
      objectId: viewer.clientId,
      outcome: "allowed",
      detail: { score },
    });
  });
}

/** A stop symptom: pauses hands-on items and reaches the therapist at once. */
export async function reportSymptom(kind: StopSymptom, note: string | null): Promise<void> {
  const viewer = await requireClient("portal.symptom");
  const database = await db();
  await database.transaction(async (tx) => {
    const [report] = await tx
      .insert(symptomReports)
      .values({ practiceId: viewer.practiceId, clientId: viewer.clientId, kind, note })
      .returning({ id: symptomReports.id });
    await audit(tx, viewer, {
      action: "portal.symptom",
      objectType: "symptom_report",
      objectId: report!.id,
      outcome: "allowed",
      detail: { kind },
    });
  });
}

export async function getMyProgress(): Promise<Progress> {
  const viewer = await requireClient("portal.progress");
  const database = await db();
  const progress = await computeProgress(database, viewer.practiceId, viewer.clientId);
  await audit(database, viewer, {
    action: "portal.progress",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  return progress;
}
