import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { clients, symptomReports } from "@/db/schema";
import type { StopSymptom } from "@/lib/domain/symptoms";
import { audit } from "./audit";
import { db } from "./database";
import { computeProgress, type Progress } from "./progress";
import { staffClient, staffSymptomReport } from "./scope";
import { requireStaff } from "./viewer";

export interface SymptomReportDto {
  id: string;
  clientId: string;
  clientName: string;
  kind: StopSymptom;
  note: string | null;
  reportedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

const columns = {
  id: symptomReports.id,
  clientId: symptomReports.clientId,
  givenName: clients.givenName,
  familyName: clients.familyName,
  kind: symptomReports.kind,
  note: symptomReports.note,
  reportedAt: symptomReports.reportedAt,
  resolvedAt: symptomReports.resolvedAt,
  resolution: symptomReports.resolution,
};

const toDto = ({
  givenName,
  familyName,
  ...r
}: { givenName: string; familyName: string } & Omit<SymptomReportDto, "clientName">): SymptomReportDto => ({
  ...r,
  clientName: `${givenName} ${familyName}`,
});

/** Stop symptoms no one has resolved yet, across the practice: staff see them after signing in. */
export async function listOpenReports(): Promise<SymptomReportDto[]> {
  const viewer = await requireStaff({ action: "symptom.list", objectType: "symptom_report" });
  const database = await db();
  const rows = await database
    .select(columns)
    .from(symptomReports)
    .innerJoin(clients, eq(clients.id, symptomReports.clientId))
    .where(and(eq(symptomReports.practiceId, viewer.practiceId), isNull(symptomReports.resolvedAt)))
    .orderBy(desc(symptomReports.reportedAt));
  await audit(database, viewer, {
    action: "symptom.list",
    objectType: "symptom_report",
    outcome: "allowed",
    detail: { count: rows.length },
  });
  return rows.map(toDto);
}

export async function listClientReports(clientId: string): Promise<SymptomReportDto[]> {
  const { viewer, database } = await staffClient(clientId, "symptom.read");
  const rows = await database
    .select(columns)
    .from(symptomReports)
    .innerJoin(clients, eq(clients.id, symptomReports.clientId))
    .where(and(eq(symptomReports.clientId, clientId), eq(symptomReports.practiceId, viewer.practiceId)))
    .orderBy(desc(symptomReports.reportedAt));
  await audit(database, viewer, {
    action: "symptom.read",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
  });
  return rows.map(toDto);
}

/** The therapist has followed up: hands-on items resume in the portal. */
export async function resolveReport(reportId: string, resolution: string): Promise<string> {
  const { viewer, row, database } = await staffSymptomReport(reportId, "symptom.resolve");
  await database.transaction(async (tx) => {
    await tx
      .update(symptomReports)
      .set({ resolvedAt: new Date(), resolvedBy: viewer.userId, resolution })
      .where(and(eq(symptomReports.id, reportId), isNull(symptomReports.resolvedAt)));
    await audit(tx, viewer, {
      action: "symptom.resolve",
      objectType: "symptom_report",
      objectId: reportId,
      outcome: "allowed",
    });
  });
  return row.clientId;
}

export async function getClientProgress(clientId: string): Promise<Progress> {
  const { viewer, database } = await staffClient(clientId, "progress.read");
  const progress = await computeProgress(database, viewer.practiceId, clientId);
  await audit(database, viewer, {
    action: "progress.read",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
  });
  return progress;
}
