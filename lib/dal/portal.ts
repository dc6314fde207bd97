// The client portal's pages: Today, Progress and the symptom report form.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { checkoffs, clients, practices, symptomReports, users } from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { Gate } from "@/lib/domain/phase-gate";
import { contraindication } from "@/lib/domain/flags";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { StopSymptom } from "@/lib/domain/symptoms";
import { loadActivePlan, loadPainLogs, strengthenOpenToday } from "./internal/active-plan";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { loadFlags, refsOf } from "./internal/flags";
import { portalViewer } from "./internal/guard";
import { homeworkItem, type HomeworkItem } from "./internal/homework";
import { loadLibrary } from "./internal/library";
import { gateOf } from "./internal/plan-gate";
import { loadOutcomeRows, outcomeTrendsOf, type OutcomeTrend } from "./internal/outcomes";
import { loadProgress, type Progress } from "./internal/progress";

export type { HomeworkItem, Pause } from "./internal/homework";
export type { OutcomeTrend } from "./internal/outcomes";
export type { Progress } from "./internal/progress";

/** One of the client's own cautions (an open "warn" flag), said once at the top of Today. */
export interface ClientCaution {
  id: ContraindicationId;
  name: string;
  /** What to avoid, in the reference data's words ("Deep or direct pressure over the veins (gentle work only)"). */
  avoid: string;
}

export interface PortalToday {
  timeZone: string;
  me: { givenName: string; therapistName: string | null; practiceName: string };
  plan: null | {
    version: number;
    versionDate: Date;
    relax: HomeworkItem[];
    strengthen: HomeworkItem[];
    load: HomeworkItem[];
    strengthenOpen: boolean;
    gate: Gate;
    intakePain: number | null;
    /** The client's cautions that apply to items of this plan; the items carry their ids. */
    cautions: ClientCaution[];
  };
  today: string;
  painToday: { score: number; note: string | null } | null;
  openReports: { kind: StopSymptom; reportedAt: Date }[];
}

/** The portal's Today: who the client is, today's homework from their plan, today's pain log. */
export async function getPortalToday(): Promise<PortalToday> {
  const viewer = await portalViewer("portal.today");
  const { practiceId, clientId, timeZone } = viewer;
  const database = await db();
  const today = dayIn(timeZone, new Date());
  const ofClient = <T extends { clientId: unknown; practiceId: unknown }>(t: T) =>
    and(eq(t.clientId as never, clientId), eq(t.practiceId as never, practiceId));
  const [me, active, logs, reports, flags, library, marks] = await Promise.all([
    database
      .select({ givenName: clients.givenName, therapistName: users.displayName, practiceName: practices.name })
      .from(clients)
      .innerJoin(practices, eq(practices.id, clients.practiceId))
      .leftJoin(users, eq(users.id, clients.primaryTherapistId))
      .where(eq(clients.id, clientId)),
    loadActivePlan(database, practiceId, clientId, timeZone),
    loadPainLogs(database, practiceId, clientId),
    database
      .select({ kind: symptomReports.kind, reportedAt: symptomReports.reportedAt })
      .from(symptomReports)
      .where(and(ofClient(symptomReports), isNull(symptomReports.resolvedAt)))
      .orderBy(desc(symptomReports.reportedAt)),
    loadFlags(database, practiceId, clientId, "open"),
    loadLibrary(database, practiceId),
    database
      .select({ itemId: checkoffs.itemId, session: checkoffs.session, planId: checkoffs.planId })
      .from(checkoffs)
      .where(and(ofClient(checkoffs), eq(checkoffs.day, today))),
  ]);
  const painToday = logs.find((l) => l.day === today) ?? null;
  await audit(database, viewer, {
    action: "portal.today",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
    detail: { shown: active ? ["plan", "pain-today"] : ["pain-today"] },
  });
  const base = {
    timeZone,
    me: { givenName: me[0]!.givenName, therapistName: me[0]!.therapistName, practiceName: me[0]!.practiceName },
    today,
    painToday: painToday && { score: painToday.score, note: painToday.note },
    openReports: reports,
  };
  if (!active) return { ...base, plan: null };

  const latest = active.versions.at(-1)!;
  const toItemToday = (entry: (typeof latest.entries)[number]) =>
    homeworkItem(entry, {
      item: library.get(entry.itemId),
      openFlags: refsOf(flags.open),
      latestOpenReport: reports[0],
      timeZone,
      doneToday: marks.filter((m) => m.planId === active.plan.id && m.itemId === entry.itemId).length,
    });
  const entries = latest.entries.map(toItemToday);
  const cautionIds = new Set(entries.flatMap((e) => e.cautionFlags));
  const cautions = [...cautionIds].map((id) => {
    const c = contraindication(id);
    return { id, name: c.name, avoid: c.blocksText };
  });
  return {
    ...base,
    plan: {
      version: latest.version,
      versionDate: latest.publishedAt,
      relax: entries.filter((e) => e.phase === "relax"),
      strengthen: entries.filter((e) => e.phase === "strengthen"),
      load: entries.filter((e) => e.phase === "load"),
      strengthenOpen: strengthenOpenToday(active, logs, timeZone, today),
      gate: gateOf(active.plan),
      intakePain: active.intakePain,
      cautions,
    },
  };
}

/** The portal's Progress: pain over time, adherence and questionnaire scores, the client's own. */
export async function getMyProgress(): Promise<Progress & { timeZone: string; outcomes: OutcomeTrend[] }> {
  const viewer = await portalViewer("portal.progress");
  const database = await db();
  const [progress, outcomeRows] = await Promise.all([
    loadProgress(database, {
      practiceId: viewer.practiceId,
      clientId: viewer.clientId,
      timeZone: viewer.timeZone,
      today: dayIn(viewer.timeZone, new Date()),
    }),
    loadOutcomeRows(database, viewer.practiceId, viewer.clientId),
  ]);
  await audit(database, viewer, {
    action: "portal.progress",
    objectType: "client",
    objectId: viewer.clientId,
    outcome: "allowed",
  });
  return {
    ...progress,
    timeZone: viewer.timeZone,
    outcomes: outcomeTrendsOf(outcomeRows, viewer.timeZone, viewer.userId),
  };
}

/** The report-a-symptom page: only a client with a record of their own gets it. */
export async function getReportForm(): Promise<void> {
  await portalViewer("portal.report");
}
