// Following up a client's stop-symptom report.
import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { symptomReports } from "@/db/schema";
import { audit } from "./internal/audit";
import { scopeChild } from "./internal/scope";

/** The therapist has followed up a stop-symptom report: hands-on items resume in the portal. */
export type ResolveResult =
  { ok: true; clientId: string } | { ok: false; clientId: string; code: "symptom.already-resolved" };

export async function resolveReport(reportId: string, resolution: string): Promise<ResolveResult> {
  const { viewer, row, database } = await scopeChild("symptom.resolve", "symptomReport", reportId);
  return database.transaction(async (tx): Promise<ResolveResult> => {
    const resolved = await tx
      .update(symptomReports)
      .set({ resolvedAt: new Date(), resolvedBy: viewer.userId, resolution })
      .where(and(eq(symptomReports.id, reportId), isNull(symptomReports.resolvedAt)))
      .returning({ id: symptomReports.id });
    if (resolved.length === 0) return { ok: false, clientId: row.clientId, code: "symptom.already-resolved" };
    await audit(tx, viewer, {
      action: "symptom.resolve",
      objectType: "symptom_report",
      objectId: reportId,
      outcome: "allowed",
    });
    return { ok: true, clientId: row.clientId };
  });
}
