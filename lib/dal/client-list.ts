// The clinic's client list: the practice's clients and its open stop-symptom reports, one read.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { clients, users } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";
import { loadReports, type SymptomReportDto } from "./internal/symptom-reports";
import { mayAtAll } from "./policy";

export type { SymptomReportDto } from "./internal/symptom-reports";

export interface ClientSummary {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  therapistName: string | null;
  hasPortalLogin: boolean;
}

export interface ClientList {
  timeZone: string;
  /** Whether rows open the clinical record, or (for the front desk) the contact details. */
  mayOpenChart: boolean;
  clients: ClientSummary[];
  /** Stop symptoms no one has resolved yet, across the practice. */
  openReports: SymptomReportDto[];
}

const therapist = alias(users, "therapist");

/** The practice's clients and its open symptom reports, for staff. */
export async function getClientList(): Promise<ClientList> {
  const viewer = await authorize("client.list", "client");
  const database = await db();
  const [rows, openReports] = await Promise.all([
    database
      .select({
        id: clients.id,
        givenName: clients.givenName,
        familyName: clients.familyName,
        dateOfBirth: clients.dateOfBirth,
        therapistName: therapist.displayName,
        userId: clients.userId,
      })
      .from(clients)
      .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
      .where(eq(clients.practiceId, viewer.practiceId))
      .orderBy(asc(clients.familyName), asc(clients.givenName)),
    loadReports(database, viewer.practiceId, "open"),
  ]);
  await audit(database, viewer, {
    action: "client.list",
    objectType: "client",
    outcome: "allowed",
    detail: { count: rows.length, openReports: openReports.length },
  });
  return {
    timeZone: viewer.timeZone,
    mayOpenChart: mayAtAll(viewer.role, "chart.read"),
    // The linked login's id stays on the server; only whether there is one leaves.
    clients: rows.map(({ userId, ...row }) => ({ ...row, hasPortalLogin: userId !== null })),
    openReports,
  };
}
