// Loading stop-symptom reports.
import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { clients, symptomReports } from "@/db/schema";
import type { Db } from "@/db/client";
import type { StopSymptom } from "@/lib/domain/symptoms";

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

/** Stop-symptom reports, newest first: one client's, or every open one of the practice. */
export async function loadReports(
  executor: Pick<Db, "select">,
  practiceId: string,
  which: { clientId: string } | "open",
): Promise<SymptomReportDto[]> {
  const rows = await executor
    .select({
      id: symptomReports.id,
      clientId: symptomReports.clientId,
      givenName: clients.givenName,
      familyName: clients.familyName,
      kind: symptomReports.kind,
      note: symptomReports.note,
      reportedAt: symptomReports.reportedAt,
      resolvedAt: symptomReports.resolvedAt,
      resolution: symptomReports.resolution,
    })
    .from(symptomReports)
    .innerJoin(clients, eq(clients.id, symptomReports.clientId))
    .where(
      and(
        eq(symptomReports.practiceId, practiceId),
        which === "open" ? isNull(symptomReports.resolvedAt) : eq(symptomReports.clientId, which.clientId),
      ),
    )
    .orderBy(desc(symptomReports.reportedAt));
  return rows.map(({ givenName, familyName, ...r }) => ({ ...r, clientName: `${givenName} ${familyName}` }));
}
