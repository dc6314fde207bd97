// What a client does in the portal: check-offs, pain logs and stop-symptom reports.
import "server-only";
import { and, asc, desc, eq, isNull, max, or } from "drizzle-orm";
import { checkoffs, painLogs, planItems, symptomReports } from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { StopSymptom } from "@/lib/domain/symptoms";
import { loadActivePlan, strengthenOpenToday } from "./internal/active-plan";
import { adherenceChanged } from "./internal/client-upkeep";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { loadFlags, refsOf } from "./internal/flags";
import { auditId, deny, portalViewer } from "./internal/guard";
import { homeworkItem, type Pause } from "./internal/homework";
import { toItem } from "./internal/library";
import { recordReport } from "./internal/symptom-reports";

/** What the client does in the portal: tick off homework, log pain, report a stop symptom. */
export type MarkResult =
  | { ok: true; doneToday: number }
  | { ok: false; code: "homework.paused"; pause: Exclude<Pause, null> }
  | { ok: false; code: "homework.already-done" };

/**
 * Marks session `session` of an item done today. The session number comes from what the client
 * saw, so a double tap stores it once. Only that one item is checked: it must be in the plan the
 * client follows, in a phase that is open, and not paused.
 */
export async function markDone(itemId: string, session: number): Promise<MarkResult> {
  const viewer = await portalViewer("portal.mark");
  const { practiceId, clientId, timeZone } = viewer;
  const denial = { action: "portal.mark", objectType: "plan_item", objectId: auditId(itemId) };
  const database = await db();
  const today = dayIn(timeZone, new Date());
  const active = await loadActivePlan(database, practiceId, clientId, timeZone);
  const entry = active?.versions.at(-1)!.entries.find((e) => e.itemId === itemId && e.phase !== "load");
  if (!active || !entry) return deny(viewer, denial);
  const [item, flags, reports, logs] = await Promise.all([
    database
      .select()
      .from(planItems)
      .where(and(eq(planItems.id, itemId), or(isNull(planItems.practiceId), eq(planItems.practiceId, practiceId)))),
    loadFlags(database, practiceId, clientId, "open"),
    database
      .select({ kind: symptomReports.kind, reportedAt: symptomReports.reportedAt })
      .from(symptomReports)
      .where(
        and(
          eq(symptomReports.clientId, clientId),
          eq(symptomReports.practiceId, practiceId),
          isNull(symptomReports.resolvedAt),
        ),
      )
      .orderBy(desc(symptomReports.reportedAt))
      .limit(1),
    // The strengthen phase's lock needs the pain logs; relax items do not.
    entry.phase === "strengthen"
      ? database
          .select({ day: painLogs.day, score: painLogs.score })
          .from(painLogs)
          .where(and(eq(painLogs.clientId, clientId), eq(painLogs.practiceId, practiceId)))
          .orderBy(asc(painLogs.day))
      : [],
  ]);
  if (entry.phase === "strengthen" && !strengthenOpenToday(active, logs, timeZone, today)) return deny(viewer, denial);
  const homework = homeworkItem(entry, {
    item: item[0] ? toItem(item[0]) : undefined,
    openFlags: refsOf(flags.open),
    latestOpenReport: reports[0],
    timeZone,
    doneToday: 0,
  });
  if (homework.pause) return { ok: false, code: "homework.paused", pause: homework.pause };
  if (!Number.isInteger(session) || session < 1 || session > homework.due) {
    return { ok: false, code: "homework.already-done" };
  }
  const doneToday = await database.transaction(async (tx) => {
    await tx
      .insert(checkoffs)
      .values({ practiceId, clientId, planId: active.plan.id, itemId, day: today, session })
      .onConflictDoNothing();
    await adherenceChanged(tx, clientId);
    await audit(tx, viewer, {
      action: "portal.mark",
      objectType: "plan_item",
      objectId: itemId,
      outcome: "allowed",
      detail: { session, day: today },
    });
    const [last] = await tx
      .select({ session: max(checkoffs.session) })
      .from(checkoffs)
      .where(
        and(
          eq(checkoffs.clientId, clientId),
          eq(checkoffs.planId, active.plan.id),
          eq(checkoffs.itemId, itemId),
          eq(checkoffs.day, today),
        ),
      );
    return last?.session ?? session;
  });
  return { ok: true, doneToday };
}

/** Takes back today's latest mark of an item. */
export async function undoMark(itemId: string): Promise<MarkResult> {
  const viewer = await portalViewer("portal.unmark");
  const { practiceId, clientId } = viewer;
  const denial = { action: "portal.unmark", objectType: "plan_item", objectId: auditId(itemId) };
  const database = await db();
  const active = await loadActivePlan(database, practiceId, clientId, viewer.timeZone);
  if (!active) return deny(viewer, denial);
  const where = and(
    eq(checkoffs.clientId, clientId),
    eq(checkoffs.planId, active.plan.id),
    eq(checkoffs.itemId, itemId),
    eq(checkoffs.day, dayIn(viewer.timeZone, new Date())),
  );
  const result = await database.transaction(async (tx): Promise<MarkResult | null> => {
    const [last] = await tx
      .select({ session: max(checkoffs.session) })
      .from(checkoffs)
      .where(where);
    if (!last?.session) return null;
    await tx.delete(checkoffs).where(and(where, eq(checkoffs.session, last.session)));
    await adherenceChanged(tx, clientId);
    await audit(tx, viewer, { action: "portal.unmark", objectType: "plan_item", objectId: itemId, outcome: "allowed" });
    return { ok: true, doneToday: last.session - 1 };
  });
  // Refused outside the transaction: the embedded engine has one connection, and deny() writes.
  return result ?? deny(viewer, denial);
}

/** Today's pain score (one a day: logging again replaces it). */
export async function logPain(score: number, note: string | null): Promise<void> {
  const viewer = await portalViewer("portal.pain");
  const database = await db();
  const day = dayIn(viewer.timeZone, new Date());
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
  const viewer = await portalViewer("portal.symptom");
  const database = await db();
  await database.transaction(async (tx) => {
    const report = await recordReport(tx, viewer, kind, note);
    await audit(tx, viewer, {
      action: "portal.symptom",
      objectType: "symptom_report",
      objectId: report.id,
      outcome: "allowed",
      detail: report.folded ? { kind, repeat: true } : { kind },
    });
  });
}
