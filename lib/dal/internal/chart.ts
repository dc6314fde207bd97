// A client's charted record as a timeline and per-muscle trends, from loaded rows.
import "server-only";
import { findingTrends, type FindingTrend } from "@/lib/domain/charting";
import { dayIn } from "@/lib/domain/days";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import type { StopSymptom } from "@/lib/domain/symptoms";
import type { FlagDto } from "./flags";

export type TimelineEvent =
  | { kind: "intake"; at: Date; id: string; text: string }
  | { kind: "session"; at: Date; id: string; status: "draft" | "signed"; visitDate: string }
  | { kind: "amendment"; at: Date; noteId: string; text: string }
  | { kind: "flag-opened"; at: Date; contraindicationId: ContraindicationId }
  | { kind: "referral"; at: Date; contraindicationId: ContraindicationId; to: string; on: string }
  | { kind: "flag-cleared"; at: Date; contraindicationId: ContraindicationId; by: string; on: string }
  | { kind: "flag-resolved"; at: Date; contraindicationId: ContraindicationId }
  | { kind: "plan-published"; at: Date; planId: string; version: number; by: string }
  | { kind: "symptom-reported"; at: Date; symptom: StopSymptom; text: string | null }
  | { kind: "symptom-resolved"; at: Date; symptom: StopSymptom; text: string | null };

export interface ClientChart {
  timeline: TimelineEvent[];
  /** Each visit with its calendar day in the practice's time zone (yyyy-mm-dd). */
  visits: { id: string; kind: "intake" | "session"; day: string }[];
  trends: FindingTrend[];
}

/** The rows of a client's record the chart is drawn from (loaded by the client overview). */
export interface ChartRows {
  intakes: { id: string; createdAt: Date; chiefComplaint: string }[];
  /** Oldest visit first. */
  notes: { id: string; visitDate: string; status: "draft" | "signed"; createdAt: Date; signedAt: Date | null }[];
  amendments: { noteId: string; createdAt: Date; body: string }[];
  flags: FlagDto[];
  findings: {
    intakeId: string | null;
    sessionNoteId: string | null;
    muscleId: string;
    side: "left" | "right";
    tenderness: number;
  }[];
  versions: { planId: string; version: number; publishedAt: Date; publishedByName: string }[];
  reports: {
    kind: StopSymptom;
    note: string | null;
    reportedAt: Date;
    resolvedAt: Date | null;
    resolution: string | null;
  }[];
  timeZone: string;
}

function flagEvents(f: FlagDto): TimelineEvent[] {
  const id = f.contraindicationId;
  const events: TimelineEvent[] = [{ kind: "flag-opened", at: f.openedAt, contraindicationId: id }];
  if (f.referralRecordedAt && f.referredTo && f.referredOn) {
    events.push({
      kind: "referral",
      at: f.referralRecordedAt,
      contraindicationId: id,
      to: f.referredTo,
      on: f.referredOn,
    });
  }
  if (f.closedAt && f.status === "cleared") {
    events.push({
      kind: "flag-cleared",
      at: f.closedAt,
      contraindicationId: id,
      by: f.clearedBy ?? "",
      on: f.clearedOn ?? "",
    });
  }
  if (f.closedAt && f.status === "resolved")
    events.push({ kind: "flag-resolved", at: f.closedAt, contraindicationId: id });
  return events;
}

/** The client's record in date order, and each muscle's tenderness across visits. */
export function chartOf(rows: ChartRows): ClientChart {
  const timeline: TimelineEvent[] = [
    ...rows.versions.map((v) => ({
      kind: "plan-published" as const,
      at: v.publishedAt,
      planId: v.planId,
      version: v.version,
      by: v.publishedByName,
    })),
    ...rows.reports.flatMap((r) => {
      const events: TimelineEvent[] = [{ kind: "symptom-reported", at: r.reportedAt, symptom: r.kind, text: r.note }];
      if (r.resolvedAt)
        events.push({ kind: "symptom-resolved", at: r.resolvedAt, symptom: r.kind, text: r.resolution });
      return events;
    }),
    ...rows.intakes.map((i) => ({ kind: "intake" as const, at: i.createdAt, id: i.id, text: i.chiefComplaint })),
    ...rows.notes.map((n) => ({
      kind: "session" as const,
      at: n.signedAt ?? n.createdAt,
      id: n.id,
      status: n.status,
      visitDate: n.visitDate,
    })),
    ...rows.amendments.map((a) => ({ kind: "amendment" as const, at: a.createdAt, noteId: a.noteId, text: a.body })),
    ...rows.flags.flatMap(flagEvents),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  // Visits in the practice's calendar order: by day (an intake's local day, a session's visit
  // date), then by when each was written. (Comparing a UTC time with a local day would put a
  // same-day session before its intake in practices west of UTC.)
  const visits = [
    ...rows.intakes.map((i) => ({
      id: i.id,
      kind: "intake" as const,
      day: dayIn(rows.timeZone, i.createdAt),
      at: i.createdAt,
    })),
    ...rows.notes.map((n) => ({ id: n.id, kind: "session" as const, day: n.visitDate, at: n.createdAt })),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.at.getTime() - b.at.getTime());
  const trends = findingTrends(
    visits.map((v) => ({
      visitId: v.id,
      findings: rows.findings.filter((f) => (v.kind === "intake" ? f.intakeId === v.id : f.sessionNoteId === v.id)),
    })),
    MUSCLES.map((m) => m.id),
  );
  return { timeline, visits: visits.map(({ id, kind, day }) => ({ id, kind, day })), trends };
}
