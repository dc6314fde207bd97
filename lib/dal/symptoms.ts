// Following up a client's stop-symptom report.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { symptomReports } from "@/db/schema";
import { audit } from "./internal/audit";
import { scopeChild } from "./internal/scope";

/** The therapist has followed up a stop-symptom report: hands-on items resume in the portal. */
export async function resolveReport(reportId: string, resolution: string): Promise<string> {
  const { viewer, row, database } = await scopeChild("symptom.resolve", "symptomReport", reportId);
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
