// A client's overview page: their whole record, read and audited once.
import "server-only";
import { and, or, asc, desc, eq, gt, inArray } from "drizzle-orm";
import {
  checkoffs,
  findings,
  intakes,
  invitations,
  noteAmendments,
  painLogs,
  plans,
  planVersions,
  sessionNotes,
  users,
} from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import { audit } from "./internal/audit";
import { chartOf, type ClientChart } from "./internal/chart";
import { openInvitationsOf, sameEmail } from "./internal/client-invitations";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags, type ClientFlags } from "./internal/flags";
import { loadLibrary } from "./internal/library";
import { lefsScoresOf, loadCompletedEntries, outcomeTrendsOf, type OutcomeTrend } from "./internal/outcomes";
import { progressOf, type Progress } from "./internal/progress";
import { scopeClient } from "./internal/scope";
import { loadReports, type SymptomReportDto } from "./internal/symptom-reports";

export type { ClientChart, TimelineEvent } from "./internal/chart";
export type { ClientHeader } from "./internal/client-header";
export type { FlagDto } from "./internal/flags";
export type { OutcomeRow, OutcomeTrend } from "./internal/outcomes";
export type { Progress } from "./internal/progress";
export type { SymptomReportDto } from "./internal/symptom-reports";

/** Everything the client's overview page shows, read once. */
export interface ClientOverview {
  timeZone: string;
  header: ClientHeader;
  details: {
    email: string | null;
    phone: string | null;
    therapistName: string | null;
    hasPortalLogin: boolean;
    /** The address of the linked portal login (it may differ from the record's email). */
    portalLoginEmail: string | null;
    consentName: string | null;
    consentAt: Date | null;
    /** Who recorded the consent: a member of staff, or the client themselves in the portal. */
    consentRecordedBy: { name: string; inPortal: boolean } | null;
  };
  /** Invitation links that still work (not used, revoked or expired), newest first. */
  invitations: { id: string; email: string; sentAt: Date; expiresAt: Date }[];
  flags: ClientFlags;
  intakes: { id: string; createdAt: Date; chiefComplaint: string; painNow: number }[];
  plans: { id: string; status: "draft" | "active" | "archived"; publishedVersions: number; createdAt: Date }[];
  reports: SymptomReportDto[];
  progress: Progress;
  /** Each outcome measure's series with its clinically important changes marked. */
  outcomes: OutcomeTrend[];
  chart: ClientChart;
}

const recorderOf = (person: { name: string; role: string } | undefined) =>
  person ? { name: person.name, inPortal: person.role === "client" } : null;

/**
 * The client overview: details, flags, episodes, plans, portal reports, adherence, pain and the
 * charted record, scoped and audited once. Each part is one statement, run side by side.
 */
export async function getClientOverview(clientId: string): Promise<ClientOverview> {
  const { viewer, client, database } = await scopeClient("chart.read", clientId);
  const { practiceId, timeZone } = viewer;
  const ofClient = <T extends { clientId: unknown; practiceId: unknown }>(t: T) =>
    and(eq(t.clientId as never, clientId), eq(t.practiceId as never, practiceId));
  const activePlanIds = database
    .select({ id: plans.id })
    .from(plans)
    .where(and(ofClient(plans), eq(plans.status, "active")));
  // The primary therapist and the portal login, in one look at users.
  const people = [client.primaryTherapistId, client.userId, client.consentRecordedBy].filter(
    (id): id is string => id !== null,
  );
  const [persons, pending, flags, intakeRows, noteRows, findingRows, amendments, versionRows, planRows] =
    await Promise.all([
      people.length > 0
        ? database
            .select({ id: users.id, name: users.displayName, email: users.email, role: users.role })
            .from(users)
            // The portal login may be another practice's (a client of both): the record names it.
            .where(
              and(
                inArray(users.id, people),
                client.userId
                  ? or(eq(users.practiceId, practiceId), eq(users.id, client.userId))
                  : eq(users.practiceId, practiceId),
              ),
            )
        : [],
      // A record with a login has no link to show: inviting it is refused, accepting used the link.
      client.userId
        ? []
        : database
            .select({
              id: invitations.id,
              email: invitations.email,
              sentAt: invitations.createdAt,
              expiresAt: invitations.expiresAt,
            })
            .from(invitations)
            .where(and(openInvitationsOf(practiceId, clientId), gt(invitations.expiresAt, new Date())))
            .orderBy(desc(invitations.createdAt)),
      loadFlags(database, practiceId, clientId),
      database
        .select({
          id: intakes.id,
          createdAt: intakes.createdAt,
          chiefComplaint: intakes.chiefComplaint,
          painNow: intakes.painNow,
          psfs: intakes.psfs,
        })
        .from(intakes)
        .where(ofClient(intakes))
        .orderBy(asc(intakes.createdAt)),
      database
        .select({
          id: sessionNotes.id,
          visitDate: sessionNotes.visitDate,
          status: sessionNotes.status,
          createdAt: sessionNotes.createdAt,
          signedAt: sessionNotes.signedAt,
        })
        .from(sessionNotes)
        .where(ofClient(sessionNotes))
        .orderBy(asc(sessionNotes.visitDate), asc(sessionNotes.createdAt)),
      database
        .select({
          intakeId: findings.intakeId,
          sessionNoteId: findings.sessionNoteId,
          muscleId: findings.muscleId,
          side: findings.side,
          tenderness: findings.tenderness,
        })
        .from(findings)
        .where(ofClient(findings)),
      database
        .select({ noteId: noteAmendments.noteId, createdAt: noteAmendments.createdAt, body: noteAmendments.body })
        .from(noteAmendments)
        .innerJoin(sessionNotes, eq(sessionNotes.id, noteAmendments.noteId))
        .where(and(eq(sessionNotes.clientId, clientId), eq(noteAmendments.practiceId, practiceId))),
      database
        .select({
          planId: planVersions.planId,
          version: planVersions.version,
          publishedAt: planVersions.publishedAt,
          entries: planVersions.entries,
          publishedByName: users.displayName,
        })
        .from(planVersions)
        .innerJoin(plans, eq(plans.id, planVersions.planId))
        .innerJoin(users, eq(users.id, planVersions.publishedBy))
        .where(and(eq(plans.clientId, clientId), eq(planVersions.practiceId, practiceId)))
        .orderBy(asc(planVersions.version)),
      database.select().from(plans).where(ofClient(plans)).orderBy(desc(plans.createdAt)),
    ]);
  const [reports, logs, marks, library, outcomeEntryRows] = await Promise.all([
    loadReports(database, practiceId, { clientId }),
    database
      .select({ day: painLogs.day, score: painLogs.score })
      .from(painLogs)
      .where(ofClient(painLogs))
      .orderBy(asc(painLogs.day)),
    database
      .select({ itemId: checkoffs.itemId, day: checkoffs.day, session: checkoffs.session })
      .from(checkoffs)
      .where(and(ofClient(checkoffs), inArray(checkoffs.planId, activePlanIds))),
    loadLibrary(database, practiceId),
    loadCompletedEntries(database, practiceId, clientId),
  ]);

  const active = planRows.find((p) => p.status === "active") ?? null;
  const today = dayIn(timeZone, new Date());
  const progress = progressOf({
    plan: active,
    versions: versionRows
      .filter((v) => v.planId === active?.id)
      .map((v) => ({ version: v.version, publishedAt: v.publishedAt, entries: v.entries as PublishedEntry[] })),
    intakePain: intakeRows.find((i) => i.id === active?.intakeId)?.painNow ?? null,
    logs,
    lefs: lefsScoresOf(outcomeEntryRows, timeZone),
    marks,
    reports,
    flags: [...flags.open, ...flags.closed],
    library,
    timeZone,
    today,
  });
  const chart = chartOf({
    intakes: intakeRows,
    notes: noteRows,
    amendments,
    flags: [...flags.open, ...flags.closed],
    findings: findingRows,
    versions: versionRows,
    reports,
    timeZone,
  });
  await audit(database, viewer, {
    action: "chart.read",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
    detail: {
      shown: [
        "details",
        "portal-access",
        "flags",
        "intakes",
        "plans",
        "symptom-reports",
        "progress",
        "timeline",
        "trends",
        "outcomes",
      ],
    },
  });
  return {
    timeZone,
    header: headerOf(client, flags.open, viewer.role),
    details: {
      email: client.email,
      phone: client.phone,
      therapistName: persons.find((p) => p.id === client.primaryTherapistId)?.name ?? null,
      hasPortalLogin: client.userId !== null,
      portalLoginEmail: persons.find((p) => p.id === client.userId)?.email ?? null,
      consentName: client.consentName,
      consentAt: client.consentAt,
      consentRecordedBy: recorderOf(persons.find((p) => p.id === client.consentRecordedBy)),
    },
    // A link to an address the record no longer has cannot be used (links from before revocation).
    invitations: pending.filter((i) => sameEmail(i.email, client.email)),
    flags,
    intakes: [...intakeRows].reverse(),
    plans: planRows.map((p) => ({
      id: p.id,
      status: p.status,
      publishedVersions: p.publishedVersions,
      createdAt: p.createdAt,
    })),
    reports,
    progress,
    outcomes: outcomeTrendsOf({ intakes: intakeRows, entries: outcomeEntryRows }, timeZone, client.userId),
    chart,
  };
}
