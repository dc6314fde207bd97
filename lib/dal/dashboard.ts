// The staff dashboard: what needs attention today, read from the practice's own tables, each
// list with where to act. A therapist's own clients come first; an admin sees the practice by
// therapist; the front desk sees the day's appointments and callbacks, never clinical lists.
import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { appointments, appointmentTypes, callbackRequests, clients, flags, symptomReports, users } from "@/db/schema";
import { addDays, dayIn } from "@/lib/domain/days";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { StopSymptom } from "@/lib/domain/symptoms";
import { instantOf, wallClock } from "@/lib/domain/wall-clock";
import { audit } from "./internal/audit";
import { STOP_FLAGS } from "./internal/client-table";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";
import { mayAtAll } from "./policy";

/** How many of each list the dashboard shows; the total says how many more there are. */
const SHOWN = 20;

interface Listed<T> {
  items: T[];
  total: number;
}

/** Who a row is about: the client, and whether they are the viewer's own (they are their therapist). */
interface About {
  clientId: string;
  clientName: string;
  therapistName: string | null;
  own: boolean;
}

export interface Dashboard {
  timeZone: string;
  today: string;
  /** The viewer's role decides which lists there are: null where the role has no business. */
  appointments: Listed<{
    id: string;
    time: string;
    typeName: string;
    therapistName: string;
    clientName: string;
    own: boolean;
    status: string;
  }>;
  callbacks: Listed<{ id: string; name: string; createdAt: Date }>;
  openStopFlags: Listed<About & { contraindicationId: ContraindicationId; openedAt: Date }> | null;
  symptoms: Listed<
    About & {
      id: string;
      kind: StopSymptom;
      reportedAt: Date;
      /** Repeats within the hour fold into one report (lib/domain/symptoms.ts). */
      repeats: number;
      lastReportedAt: Date;
      resolved: boolean;
    }
  > | null;
  lowAdherence: Listed<About & { adherence7d: number }> | null;
  noConsent: Listed<About & { createdAt: Date }> | null;
  /** Whether lists are grouped by therapist (an admin's view of the practice). */
  byTherapist: boolean;
}

const therapist = alias(users, "therapist");

/** Total alongside the rows, in one statement. */
const total = sql<number>`count(*) over ()`.mapWith(Number);

export async function getDashboard(): Promise<Dashboard> {
  const viewer = await authorize("dashboard.read", "dashboard");
  const { practiceId, timeZone, userId } = viewer;
  const database = await db();
  const now = new Date();
  const today = dayIn(timeZone, now);
  const clinical = mayAtAll(viewer.role, "chart.read");
  const byTherapist = viewer.role === "admin";
  // A therapist's own clients first; an admin's lists by therapist; otherwise by time.
  const ownFirst: SQL = sql`(${clients.primaryTherapistId} = ${userId}) desc`;
  const order = (then: SQL) => (byTherapist ? [sql`${therapist.displayName} asc nulls last`, then] : [ownFirst, then]);
  const about = {
    clientId: clients.id,
    givenName: clients.givenName,
    familyName: clients.familyName,
    therapistName: therapist.displayName,
    therapistId: clients.primaryTherapistId,
  };
  const from = instantOf(today, "00:00", timeZone) ?? now;
  const until = instantOf(addDays(today, 1), "00:00", timeZone) ?? now;
  const appointmentTherapist = alias(users, "appointment_therapist");
  const [dayRows, callbackRows, flagRows, symptomRows, adherenceRows, consentRows] = await Promise.all([
    database
      .select({
        id: appointments.id,
        startsAt: appointments.startsAt,
        status: appointments.status,
        typeName: appointmentTypes.name,
        therapistId: appointments.therapistId,
        therapistName: appointmentTherapist.displayName,
        givenName: clients.givenName,
        familyName: clients.familyName,
        total,
      })
      .from(appointments)
      .innerJoin(clients, eq(clients.id, appointments.clientId))
      .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
      .innerJoin(appointmentTherapist, eq(appointmentTherapist.id, appointments.therapistId))
      .where(
        and(
          eq(appointments.practiceId, practiceId),
          gte(appointments.startsAt, from),
          lt(appointments.startsAt, until),
          ne(appointments.status, "cancelled"),
        ),
      )
      .orderBy(
        ...(byTherapist
          ? [asc(appointmentTherapist.displayName), asc(appointments.startsAt)]
          : [sql`(${appointments.therapistId} = ${userId}) desc`, asc(appointments.startsAt)]),
      )
      .limit(SHOWN * 3),
    database
      .select({ id: callbackRequests.id, name: callbackRequests.name, createdAt: callbackRequests.createdAt, total })
      .from(callbackRequests)
      .where(and(eq(callbackRequests.practiceId, practiceId), isNull(callbackRequests.resolvedAt)))
      .orderBy(asc(callbackRequests.createdAt))
      .limit(SHOWN),
    clinical
      ? database
          .select({ ...about, contraindicationId: flags.contraindicationId, openedAt: flags.openedAt, total })
          .from(flags)
          .innerJoin(clients, eq(clients.id, flags.clientId))
          .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
          .where(
            and(
              eq(flags.practiceId, practiceId),
              eq(flags.status, "open"),
              sql`${flags.contraindicationId} in (${sql.join(
                STOP_FLAGS.map((id) => sql`${id}`),
                sql`, `,
              )})`,
            ),
          )
          .orderBy(...order(sql`${flags.openedAt} asc`))
          .limit(SHOWN)
      : null,
    clinical
      ? database
          .select({
            ...about,
            id: symptomReports.id,
            kind: symptomReports.kind,
            reportedAt: symptomReports.reportedAt,
            repeats: symptomReports.repeats,
            lastReportedAt: symptomReports.lastReportedAt,
            resolvedAt: symptomReports.resolvedAt,
            total,
          })
          .from(symptomReports)
          .innerJoin(clients, eq(clients.id, symptomReports.clientId))
          .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
          .where(
            and(
              eq(symptomReports.practiceId, practiceId),
              gte(symptomReports.reportedAt, new Date(now.getTime() - 7 * 86_400_000)),
            ),
          )
          .orderBy(...order(sql`${symptomReports.reportedAt} desc`))
          .limit(SHOWN)
      : null,
    clinical
      ? database
          .select({ ...about, adherence7d: clients.adherence7d, total })
          .from(clients)
          .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
          .where(and(eq(clients.practiceId, practiceId), lt(clients.adherence7d, 50)))
          .orderBy(...order(sql`${clients.adherence7d} asc`))
          .limit(SHOWN)
      : null,
    clinical
      ? database
          .select({ ...about, createdAt: clients.createdAt, total })
          .from(clients)
          .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
          .where(and(eq(clients.practiceId, practiceId), isNull(clients.consentAt), ne(clients.status, "discharged")))
          .orderBy(...order(desc(clients.createdAt)))
          .limit(SHOWN)
      : null,
  ]);
  await audit(database, viewer, {
    action: "dashboard.read",
    objectType: "dashboard",
    outcome: "allowed",
    detail: { appointments: dayRows.length, clinical },
  });
  const aboutOf = (r: {
    clientId: string;
    givenName: string;
    familyName: string;
    therapistName: string | null;
    therapistId: string | null;
  }) => ({
    clientId: r.clientId,
    clientName: `${r.givenName} ${r.familyName}`,
    therapistName: r.therapistName,
    own: r.therapistId === userId,
  });
  const listed = <R extends { total: number }, T>(rows: R[] | null, map: (r: R) => T): Listed<T> | null =>
    rows === null ? null : { items: rows.map(map), total: rows[0]?.total ?? 0 };
  return {
    timeZone,
    today,
    byTherapist,
    appointments: listed(dayRows, (r) => ({
      id: r.id,
      time: wallClock(r.startsAt, timeZone).time,
      typeName: r.typeName,
      therapistName: r.therapistName,
      clientName: `${r.givenName} ${r.familyName}`,
      own: r.therapistId === userId,
      status: r.status,
    }))!,
    callbacks: listed(callbackRows, ({ total: _t, ...r }) => r)!,
    openStopFlags: listed(flagRows, (r) => ({
      ...aboutOf(r),
      contraindicationId: r.contraindicationId as ContraindicationId,
      openedAt: r.openedAt,
    })),
    symptoms: listed(symptomRows, (r) => ({
      ...aboutOf(r),
      id: r.id,
      kind: r.kind,
      reportedAt: r.reportedAt,
      repeats: r.repeats,
      lastReportedAt: r.lastReportedAt,
      resolved: r.resolvedAt !== null,
    })),
    lowAdherence: listed(adherenceRows, (r) => ({ ...aboutOf(r), adherence7d: r.adherence7d! })),
    noConsent: listed(consentRows, (r) => ({ ...aboutOf(r), createdAt: r.createdAt })),
  };
}
