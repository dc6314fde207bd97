import "server-only";
import { and, asc, eq } from "drizzle-orm";
import {
  findings,
  flags,
  intakes,
  noteAmendments,
  plans,
  planVersions,
  sessionNotes,
  symptomReports,
  users,
} from "@/db/schema";
import { findingTrends, type FindingTrend } from "@/lib/domain/charting";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { StopSymptom } from "@/lib/domain/symptoms";
import { dayIn } from "@/lib/domain/days";
import { audit } from "./audit";
import { practiceDay } from "./practice-day";
import { staffClient } from "./scope";

export type TimelineEvent =
  | { kind: "intake"; at: Date; id: string; text: string }
  | { kind: "session"; at: Date; id: string; status: "draft" | "signed"; visitDate: string }
  | { kind: "amendment"; at: Date; noteId: string; text: string }
  | { kind: "flag-opened"; at: Date; contraindicationId: ContraindicationId }
  | { kind: "referral"; at: Date; contraindicationId: ContraindicationId; text: string }
  | { kind: "flag-closed"; at: Date; contraindicationId: ContraindicationId; how: "cleared" | "resolved"; text: string }
  | { kind: "plan-published"; at: Date; planId: string; version: number; by: string }
  | { kind: "symptom-reported"; at: Date; symptom: StopSymptom; text: string | null }
  | { kind: "symptom-resolved"; at: Date; symptom: StopSymptom; text: string | null };

export interface ClientChart {
  timeline: TimelineEvent[];
  /** Each visit with its calendar day in the practice's time zone (yyyy-mm-dd). */
  visits: { id: string; kind: "intake" | "session"; label: string; day: string }[];
  trends: FindingTrend[];
  sessions: { id: string; visitDate: string; status: "draft" | "signed"; intakeId: string }[];
}

/** The client's record in date order, and each muscle's tenderness across visits. */
export async function getClientChart(clientId: string): Promise<ClientChart> {
  const { viewer, database } = await staffClient(clientId, "chart.read");
  const inClient = <T extends { clientId: unknown; practiceId: unknown }>(t: T) =>
    and(eq(t.clientId as never, clientId), eq(t.practiceId as never, viewer.practiceId));
  const [intakeRows, noteRows, flagRows, findingRows] = await Promise.all([
    database.select().from(intakes).where(inClient(intakes)).orderBy(asc(intakes.createdAt)),
    database
      .select()
      .from(sessionNotes)
      .where(inClient(sessionNotes))
      .orderBy(asc(sessionNotes.visitDate), asc(sessionNotes.createdAt)),
    database.select().from(flags).where(inClient(flags)),
    database.select().from(findings).where(inClient(findings)),
  ]);
  const amendmentRows = noteRows.length
    ? await database
        .select({ noteId: noteAmendments.noteId, createdAt: noteAmendments.createdAt, body: noteAmendments.body })
        .from(noteAmendments)
        .innerJoin(sessionNotes, eq(sessionNotes.id, noteAmendments.noteId))
        .where(and(eq(sessionNotes.clientId, clientId), eq(noteAmendments.practiceId, viewer.practiceId)))
    : [];

  const { timeZone } = await practiceDay(database, viewer.practiceId);
  const versionRows = await database
    .select({
      planId: planVersions.planId,
      version: planVersions.version,
      at: planVersions.publishedAt,
      by: users.displayName,
    })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .innerJoin(users, eq(users.id, planVersions.publishedBy))
    .where(and(eq(plans.clientId, clientId), eq(planVersions.practiceId, viewer.practiceId)));
  const reportRows = await database.select().from(symptomReports).where(inClient(symptomReports));

  const timeline: TimelineEvent[] = [
    ...versionRows.map((v) => ({ kind: "plan-published" as const, ...v })),
    ...reportRows.flatMap((r) => {
      const events: TimelineEvent[] = [{ kind: "symptom-reported", at: r.reportedAt, symptom: r.kind, text: r.note }];
      if (r.resolvedAt)
        events.push({ kind: "symptom-resolved", at: r.resolvedAt, symptom: r.kind, text: r.resolution });
      return events;
    }),
    ...intakeRows.map((i) => ({ kind: "intake" as const, at: i.createdAt, id: i.id, text: i.chiefComplaint })),
    ...noteRows.map((n) => ({
      kind: "session" as const,
      at: n.signedAt ?? n.createdAt,
      id: n.id,
      status: n.status,
      visitDate: n.visitDate,
    })),
    ...amendmentRows.map((a) => ({ kind: "amendment" as const, at: a.createdAt, noteId: a.noteId, text: a.body })),
    ...flagRows.flatMap((f) => {
      const id = f.contraindicationId as ContraindicationId;
      const events: TimelineEvent[] = [{ kind: "flag-opened", at: f.openedAt, contraindicationId: id }];
      if (f.referralRecordedAt)
        events.push({
          kind: "referral",
          at: f.referralRecordedAt,
          contraindicationId: id,
          text: `Referred to ${f.referredTo} on ${f.referredOn}`,
        });
      if (f.closedAt && f.status !== "open") {
        const how = f.status === "cleared" ? "cleared" : "resolved";
        const text =
          how === "cleared" ? `Cleared by ${f.clearedBy} on ${f.clearedOn}` : "Resolved: answered no at a later screen";
        events.push({ kind: "flag-closed", at: f.closedAt, contraindicationId: id, how, text });
      }
      return events;
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  const visits = [
    ...intakeRows.map((i) => ({
      id: i.id,
      kind: "intake" as const,
      label: "Intake",
      day: dayIn(timeZone, i.createdAt),
      sortKey: i.createdAt.toISOString(),
    })),
    ...noteRows.map((n) => ({
      id: n.id,
      kind: "session" as const,
      label: "Session",
      day: n.visitDate,
      sortKey: `${n.visitDate}T23:59:59|${n.createdAt.toISOString()}`,
    })),
  ].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const trends = findingTrends(
    visits.map((v) => ({
      visitId: v.id,
      findings: findingRows.filter((f) => (v.kind === "intake" ? f.intakeId === v.id : f.sessionNoteId === v.id)),
    })),
    MUSCLES.map((m) => m.id),
  );
  await audit(database, viewer, { action: "chart.read", objectType: "client", objectId: clientId, outcome: "allowed" });
  return {
    timeline,
    visits: visits.map(({ id, kind, label, day }) => ({ id, kind, label, day })),
    trends,
    sessions: noteRows.map((n) => ({ id: n.id, visitDate: n.visitDate, status: n.status, intakeId: n.intakeId })),
  };
}
