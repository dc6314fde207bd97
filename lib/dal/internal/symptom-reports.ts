// Loading stop-symptom reports.
import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { clients, symptomReports } from "@/db/schema";
import type { Db } from "@/db/client";
import { foldedNote, foldsInto, type StopSymptom } from "@/lib/domain/symptoms";

export interface SymptomReportDto {
  id: string;
  clientId: string;
  clientName: string;
  kind: StopSymptom;
  note: string | null;
  reportedAt: Date;
  /** How many times the client reported it (repeats within the hour fold into one report). */
  repeats: number;
  lastReportedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

/** Stop-symptom reports, newest first: one client's, or every open one of the practice. */
export async function loadReports(
  executor: Pick<Db, "select">,
  practiceId: string,
  which: { clientId: string } | "open",
): Promise<SymptomReportDto[]> {
  return (await reportRows(executor, practiceId, which)).map(({ total: _total, ...report }) => report);
}

/**
 * The practice's newest open reports, at most `shown` of them, and how many are open in all: a
 * list on a page of fixed size whatever the practice's size (issue 14).
 */
export async function loadNewestOpenReports(
  executor: Pick<Db, "select">,
  practiceId: string,
  shown: number,
): Promise<{ reports: SymptomReportDto[]; total: number }> {
  const rows = await reportRows(executor, practiceId, "open", shown);
  return { reports: rows.map(({ total: _total, ...report }) => report), total: rows[0]?.total ?? 0 };
}

async function reportRows(
  executor: Pick<Db, "select">,
  practiceId: string,
  which: { clientId: string } | "open",
  limit?: number,
): Promise<(SymptomReportDto & { total: number })[]> {
  const query = executor
    .select({
      id: symptomReports.id,
      clientId: symptomReports.clientId,
      givenName: clients.givenName,
      familyName: clients.familyName,
      kind: symptomReports.kind,
      note: symptomReports.note,
      reportedAt: symptomReports.reportedAt,
      repeats: symptomReports.repeats,
      lastReportedAt: symptomReports.lastReportedAt,
      resolvedAt: symptomReports.resolvedAt,
      resolution: symptomReports.resolution,
      // Counted on the reports alone, not over the joined rows: a window count would join
      // every open report of the practice to its client before the limit (12 ms at 100,000 clients).
      total:
        which === "open"
          ? sql<number>`(select count(*) from ${symptomReports} where ${symptomReports.practiceId} = ${practiceId} and ${symptomReports.resolvedAt} is null)`.mapWith(
              Number,
            )
          : sql<number>`0`.mapWith(Number),
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
  const rows = await (limit === undefined ? query : query.limit(limit));
  return rows.map(({ givenName, familyName, ...r }) => ({ ...r, clientName: `${givenName} ${familyName}` }));
}

/**
 * Records a client's stop-symptom report: a repeat of the open report of the same symptom
 * within the hour adds to it (lib/domain/symptoms.ts), anything else opens a new one. The
 * client's row is locked first, so two reports sent at once still make one.
 */
export async function recordReport(
  tx: Pick<Db, "select" | "insert" | "update">,
  who: { practiceId: string; clientId: string },
  kind: StopSymptom,
  note: string | null,
  now = new Date(),
): Promise<{ id: string; folded: boolean }> {
  await tx.select({ id: clients.id }).from(clients).where(eq(clients.id, who.clientId)).for("update");
  const [latest] = await tx
    .select({
      id: symptomReports.id,
      kind: symptomReports.kind,
      note: symptomReports.note,
      lastReportedAt: symptomReports.lastReportedAt,
    })
    .from(symptomReports)
    .where(
      and(
        eq(symptomReports.practiceId, who.practiceId),
        eq(symptomReports.clientId, who.clientId),
        eq(symptomReports.kind, kind),
        isNull(symptomReports.resolvedAt),
      ),
    )
    .orderBy(desc(symptomReports.lastReportedAt))
    .limit(1);
  if (latest && foldsInto({ ...latest, resolved: false }, kind, now)) {
    await tx
      .update(symptomReports)
      .set({
        repeats: sql`${symptomReports.repeats} + 1`,
        lastReportedAt: sql`greatest(${symptomReports.lastReportedAt}, ${now})`,
        note: foldedNote(latest.note, note),
      })
      .where(eq(symptomReports.id, latest.id));
    return { id: latest.id, folded: true };
  }
  const [report] = await tx
    .insert(symptomReports)
    .values({ practiceId: who.practiceId, clientId: who.clientId, kind, note, reportedAt: now, lastReportedAt: now })
    .returning({ id: symptomReports.id });
  return { id: report!.id, folded: false };
}
