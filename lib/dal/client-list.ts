// The clinic's client table: search, filters, sorts and pages driven by the address, each
// index-backed at 100,000 clients; and the practice's open stop-symptom reports above it.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { clients, flags, plans, users } from "@/db/schema";
import type { ClientStatus } from "@/lib/domain/client-status";
import { dayIn } from "@/lib/domain/days";
import { clientTableQuery, singleValues, type ClientSort, type ClientTableQuery } from "@/lib/validation/client-table";
import { audit } from "./internal/audit";
import {
  cursorOf,
  decodeCursor,
  encodeCursor,
  FAMILY_KEY,
  filterCondition,
  GIVEN_KEY,
  ordering,
  SORTS,
  STOP_FLAGS,
} from "./internal/client-table";
import { db } from "./internal/database";
import { auditId, authorize, deny } from "./internal/guard";
import { loadNewestOpenReports, type SymptomReportDto } from "./internal/symptom-reports";
import { mayAtAll } from "./policy";

export type { SymptomReportDto } from "./internal/symptom-reports";

export const PAGE_SIZE = 25;
/** The open symptom reports the table's page shows above it: the newest, so the page stays one size. */
export const REPORTS_SHOWN = 5;

export interface ClientRowDto {
  id: string;
  givenName: string;
  familyName: string;
  status: ClientStatus;
  therapistName: string | null;
  lastVisitOn: string | null;
  nextAppointmentAt: Date | null;
  /** Percent of sessions done over the last 30 days of the active plan; null without one. */
  adherence30d: number | null;
  openStopFlag: boolean;
  activePlan: boolean;
  hasPortalLogin: boolean;
}

export interface ClientTable {
  timeZone: string;
  /** Whether rows open the clinical record, or (for the front desk) the contact details. */
  mayOpenChart: boolean;
  query: ClientTableQuery;
  sort: ClientSort;
  dir: "asc" | "desc";
  rows: ClientRowDto[];
  /** Cursors of the neighbouring pages, when there are any. */
  next: string | null;
  previous: string | null;
  therapists: { id: string; name: string }[];
  /** The newest stop symptoms no one has resolved yet, across the practice (REPORTS_SHOWN at most). */
  openReports: SymptomReportDto[];
  /** How many are open in all. */
  openReportsTotal: number;
}

/**
 * A page of the practice's clients for the address's search, filters and sort. Every key and
 * value comes from an allow-list (lib/validation/client-table.ts); anything else is refused as
 * not-found, audited. Pages are keyset pages: the cursor names the row a page starts after (or
 * before), so a deep page costs what the first does.
 */
export async function getClientTable(params: Record<string, string | string[] | undefined>): Promise<ClientTable> {
  const viewer = await authorize("client.list", "client");
  const values = singleValues(params);
  const parsed = values ? clientTableQuery.safeParse(values) : null;
  const after = parsed?.success ? decodeCursor(parsed.data.after) : null;
  const before = parsed?.success ? decodeCursor(parsed.data.before) : null;
  // Flags, plans and adherence are the clinical record's: a viewer who may not open it may not
  // filter or sort by them either (a filter would tell who has a stop flag open).
  const clinical = mayAtAll(viewer.role, "chart.read");
  const clinicalAsked =
    parsed?.success &&
    (parsed.data.flag !== undefined ||
      parsed.data.plan !== undefined ||
      parsed.data.adherence !== undefined ||
      parsed.data.sort === "adherence");
  if (!parsed?.success || after === "invalid" || before === "invalid" || (clinicalAsked && !clinical)) {
    return deny(viewer, { action: "client.list", objectType: "client", objectId: auditId(JSON.stringify(params)) });
  }
  const query = parsed.data;
  const sort = query.sort ?? "name";
  const dir = query.dir ?? SORTS[sort].natural;
  const backward = before !== null;
  const { orderBy, after: keyset } = ordering(sort, dir, backward ? before : after, backward);
  const database = await db();
  const today = dayIn(viewer.timeZone, new Date());
  const [found, therapists, openReports] = await Promise.all([
    database
      .select({
        id: clients.id,
        givenName: clients.givenName,
        familyName: clients.familyName,
        status: clients.status,
        lastVisitOn: clients.lastVisitOn,
        nextAppointmentAt: clients.nextAppointmentAt,
        adherence30d: clients.adherence30d,
        primaryTherapistId: clients.primaryTherapistId,
        familyKey: FAMILY_KEY,
        givenKey: GIVEN_KEY,
        userId: clients.userId,
      })
      .from(clients)
      .where(and(filterCondition(viewer.practiceId, query, today), keyset))
      .orderBy(orderBy)
      // One more than a page: whether there is a page beyond this one.
      .limit(PAGE_SIZE + 1),
    database
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(eq(users.practiceId, viewer.practiceId), inArray(users.role, ["therapist", "admin"])))
      .orderBy(asc(users.displayName)),
    clinical ? loadNewestOpenReports(database, viewer.practiceId, REPORTS_SHOWN) : { reports: [], total: 0 },
  ]);
  const more = found.length > PAGE_SIZE;
  const page = found.slice(0, PAGE_SIZE);
  if (backward) page.reverse();
  // What each row of the page shows besides its own columns, for those rows only (asked
  // together with the page, a planner may read every flag and plan of the practice instead).
  const ids = page.map((r) => r.id);
  const [flagged, planned] =
    clinical && ids.length
      ? await Promise.all([
          database
            .selectDistinct({ clientId: flags.clientId })
            .from(flags)
            .where(
              and(
                eq(flags.practiceId, viewer.practiceId),
                inArray(flags.clientId, ids),
                eq(flags.status, "open"),
                inArray(flags.contraindicationId, STOP_FLAGS),
              ),
            ),
          database
            .selectDistinct({ clientId: plans.clientId })
            .from(plans)
            .where(
              and(eq(plans.practiceId, viewer.practiceId), inArray(plans.clientId, ids), eq(plans.status, "active")),
            ),
        ])
      : [[], []];
  const withFlag = new Set(flagged.map((f) => f.clientId));
  const withPlan = new Set(planned.map((p) => p.clientId));
  const names = new Map(therapists.map((t) => [t.id, t.name]));
  await audit(database, viewer, {
    action: "client.list",
    objectType: "client",
    outcome: "allowed",
    detail: { query: { ...query, after: undefined, before: undefined }, count: page.length },
  });
  const first = page[0];
  const last = page.at(-1);
  const paged = Boolean(query.after || query.before);
  return {
    timeZone: viewer.timeZone,
    mayOpenChart: clinical,
    query,
    sort,
    dir,
    // The linked login's id stays on the server; only whether there is one leaves.
    rows: page.map(({ userId, primaryTherapistId, familyKey: _f, givenKey: _g, ...row }) => ({
      ...row,
      therapistName: primaryTherapistId ? (names.get(primaryTherapistId) ?? null) : null,
      adherence30d: clinical ? row.adherence30d : null,
      openStopFlag: withFlag.has(row.id),
      activePlan: withPlan.has(row.id),
      hasPortalLogin: userId !== null,
    })),
    next: last && (backward ? paged : more) ? encodeCursor(cursorOf(sort, last)) : null,
    previous: first && (backward ? more : paged) ? encodeCursor(cursorOf(sort, first)) : null,
    therapists,
    openReports: openReports.reports,
    openReportsTotal: openReports.total,
  };
}
