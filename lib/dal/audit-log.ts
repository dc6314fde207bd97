// The audit log viewer: the practice's audit trail filtered by the address, page by page, and as
// a CSV file. Admins only (policy: audit.read); every view and every export is itself audited.
import "server-only";
import { and, asc, eq, gte, inArray, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, clients, users } from "@/db/schema";
import { toCsv } from "@/lib/csv";
import { dayIn, isRealDay } from "@/lib/domain/days";
import { clockOn } from "@/lib/domain/wall-clock";
import { formatDateTimeSeconds } from "@/lib/format";
import {
  auditLogQuery,
  EARLIEST_DAY,
  filtersOf,
  type AuditLogFilters,
  type AuditLogQuery,
} from "@/lib/validation/audit-log";
import { singleValues } from "@/lib/validation/client-table";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny, isId } from "./internal/guard";
import { requireViewer, type Viewer } from "./internal/viewer";
import { may } from "./policy";

export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many rows, newest first: a year of a busy practice is narrowed by dates. */
export const EXPORT_CAP = 50_000;
/** How much of an event's detail a page row shows (the export has all of it). */
const DETAIL_SHOWN = 160;

export interface AuditRowDto {
  id: number;
  /** When it happened on the practice's clock, "yyyy-mm-dd hh:mm:ss". */
  when: string;
  /** The user who acted, by name; null for events no one signed in caused (see `actorRole`). */
  actorName: string | null;
  /**
   * The role recorded with the event: the user's role then, or for events without a user what
   * caused them: "command-line" (the operator), "public" (online booking), "job" (reminders),
   * "link" (someone opening an emailed link's page).
   */
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The client the event concerns (its object, or the client its detail names), when of this practice. */
  client: { id: string; name: string } | null;
  outcome: "allowed" | "denied" | "failed";
  ip: string | null;
  /** The event's detail as JSON text, cut short. */
  detail: string | null;
}

export interface AuditLog {
  timeZone: string;
  query: AuditLogQuery;
  rows: AuditRowDto[];
  /** Cursors of the neighbouring pages, when there are any. */
  next: string | null;
  previous: string | null;
  /** The user filter's choices: the practice's staff, and whoever the address filters by. */
  users: { id: string; name: string; role: string }[];
  /** The action filter's choices: the actions the practice's trail holds. */
  actions: string[];
  /** The client the address filters by; their name when they are a client of the practice. */
  client: { id: string; name: string | null } | null;
}

export interface AuditExport {
  csv: string;
  /** Rows in the file. */
  count: number;
  /** Whether more rows matched than an export holds (EXPORT_CAP): the file has the newest. */
  truncated: boolean;
  filename: string;
}

type Params = Record<string, string | string[] | undefined>;

/**
 * A page of the practice's audit trail for the address's filters, newest first. Every key and
 * value comes from an allow-list (lib/validation/audit-log.ts); anything else is refused as
 * not-found, audited. Keyset pages on (at, id): a deep page costs what the first does.
 */
export async function getAuditLog(params: Params): Promise<AuditLog> {
  const viewer = await authorize("audit.read", "audit");
  const parsed = parse(params);
  if (!parsed) {
    return deny(viewer, { action: "audit.read", objectType: "audit", objectId: auditId(JSON.stringify(params)) });
  }
  const { query, after, before } = parsed;
  const backward = before !== null;
  const cursor = before ?? after;
  const database = await db();
  const [found, people, actions] = await Promise.all([
    selectEvents(database, DETAIL_SHOWN)
      .where(
        and(
          filterCondition(viewer, query),
          cursor
            ? sql`(${auditEvents.at}, ${auditEvents.id}) ${backward ? sql`>` : sql`<`} (${cursor.at}::timestamp at time zone 'UTC', ${cursor.id}::bigint)`
            : undefined,
        ),
      )
      .orderBy(...(backward ? [asc(auditEvents.at), asc(auditEvents.id)] : NEWEST_FIRST))
      // One more than a page: whether there is a page beyond this one.
      .limit(AUDIT_PAGE_SIZE + 1),
    database
      .select({ id: users.id, name: users.displayName, role: users.role })
      .from(users)
      .where(
        and(
          eq(users.practiceId, viewer.practiceId),
          query.user ? or(ne(users.role, "client"), eq(users.id, query.user)) : ne(users.role, "client"),
        ),
      )
      .orderBy(asc(users.displayName)),
    actionsOf(database, viewer.practiceId),
  ]);
  const more = found.length > AUDIT_PAGE_SIZE;
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  if (backward) page.reverse();
  const names = await clientNames(database, viewer.practiceId, [
    ...(query.client ? [query.client] : []),
    ...page.map(concernedClient),
  ]);
  await audit(database, viewer, {
    action: "audit.read",
    objectType: "audit",
    outcome: "allowed",
    detail: { query: filtersOf(query), count: page.length },
  });
  // On the page, the app's one date format (lib/format); the CSV keeps sortable yyyy-mm-dd hh:mm:ss.
  const when = (at: Date) => formatDateTimeSeconds(at, viewer.timeZone);
  const first = page[0];
  const last = page.at(-1);
  const paged = Boolean(query.after || query.before);
  return {
    timeZone: viewer.timeZone,
    query,
    rows: page.map((row) => toDto(row, when, names, DETAIL_SHOWN)),
    next: last && (backward ? paged : more) ? encodeCursor(last) : null,
    previous: first && (backward ? more : paged) ? encodeCursor(first) : null,
    users: people,
    actions: query.action && !actions.includes(query.action) ? [...actions, query.action].sort() : actions,
    client: query.client ? { id: query.client, name: names.get(query.client) ?? null } : null,
  };
}

/**
 * Every row matching the address's filters (the newest EXPORT_CAP of them) as CSV text a
 * spreadsheet cannot execute (lib/csv.ts). The export is audited with its filters and row count;
 * a refusal is audited as a refused export.
 */
export async function exportAuditLog(params: Params): Promise<AuditExport> {
  const viewer = await requireViewer();
  const refuse = (objectId?: string) => deny(viewer, { action: "audit.export", objectType: "audit", objectId });
  if (!may(viewer.role, "audit.read", "own")) return refuse();
  const parsed = parse(params);
  if (!parsed) return refuse(auditId(JSON.stringify(params)));
  const filters = filtersOf(parsed.query);
  const database = await db();
  const found = await selectEvents(database)
    .where(filterCondition(viewer, filters))
    .orderBy(...NEWEST_FIRST)
    .limit(EXPORT_CAP + 1);
  const truncated = found.length > EXPORT_CAP;
  const rows = found.slice(0, EXPORT_CAP);
  const names = await clientNames(database, viewer.practiceId, rows.map(concernedClient));
  const when = clockOf(viewer.timeZone);
  const csv = toCsv(
    CSV_HEADER(viewer.timeZone),
    rows.map((row) => {
      const r = toDto(row, when, names, Infinity);
      const who = r.actorName ?? (r.actorRole ? (CSV_SYSTEM_ACTORS[r.actorRole] ?? null) : null);
      const client = r.client ?? { name: null, id: null };
      return [
        r.when,
        who,
        r.actorRole,
        r.action,
        r.objectType,
        r.objectId,
        client.name,
        client.id,
        r.outcome,
        r.ip,
        r.detail,
      ];
    }),
  );
  await audit(database, viewer, {
    action: "audit.export",
    objectType: "audit",
    outcome: "allowed",
    detail: { filters, count: rows.length, truncated },
  });
  return { csv, count: rows.length, truncated, filename: `unknot-audit-${dayIn(viewer.timeZone, new Date())}.csv` };
}

/** The export's columns; its times are the practice's clock, the zone named in the first. */
const CSV_HEADER = (timeZone: string) => [
  `When (${timeZone})`,
  "Who",
  "Role",
  "Action",
  "Object type",
  "Object id",
  "Client",
  "Client id",
  "Outcome",
  "IP",
  "Detail",
];

/** The export's "Who" for events no signed-in user caused (the page says it in its own words). */
const CSV_SYSTEM_ACTORS: Record<string, string> = {
  "command-line": "command line",
  public: "online booking",
  job: "job",
  link: "emailed link",
};

const NEWEST_FIRST = [sql`${auditEvents.at} desc`, sql`${auditEvents.id} desc`];

/** The address as a query and its cursors, or null when anything in it is not ours. */
function parse(params: Params) {
  const values = singleValues(params);
  const parsed = values ? auditLogQuery.safeParse(values) : null;
  if (!parsed?.success) return null;
  const after = decodeCursor(parsed.data.after);
  const before = decodeCursor(parsed.data.before);
  if (after === "invalid" || before === "invalid" || (after && before)) return null;
  return { query: parsed.data, after, before };
}

/** The events of the viewer's practice that pass the filters; dates are the practice's days. */
function filterCondition(viewer: Viewer, f: AuditLogFilters): SQL {
  // A day runs from its first moment on the practice's clock to the next day's (DST included).
  const start = (day: string, minutes: number) => new Date(clockOn(day, viewer.timeZone).boundaryAt(minutes));
  return and(
    eq(auditEvents.practiceId, viewer.practiceId),
    f.user ? eq(auditEvents.actorId, f.user) : undefined,
    f.client
      ? or(eq(auditEvents.objectId, f.client), sql`${auditEvents.detail} ->> 'clientId' = ${f.client}`)
      : undefined,
    f.action ? eq(auditEvents.action, f.action) : undefined,
    f.outcome ? eq(auditEvents.outcome, f.outcome) : undefined,
    f.from ? gte(auditEvents.at, start(f.from, 0)) : undefined,
    f.to ? lt(auditEvents.at, start(f.to, 24 * 60)) : undefined,
  )!;
}

/** The columns a row is made of; `detailLength` cuts the detail's JSON text short. */
function selectEvents(database: Db, detailLength?: number) {
  return (
    database
      .select({
        id: auditEvents.id,
        at: auditEvents.at,
        // The cursor keeps the microseconds a JavaScript Date would drop.
        atKey: sql<string>`to_char(${auditEvents.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
        actorName: users.displayName,
        actorRole: auditEvents.actorRole,
        action: auditEvents.action,
        objectType: auditEvents.objectType,
        objectId: auditEvents.objectId,
        detailClientId: sql<string | null>`${auditEvents.detail} ->> 'clientId'`,
        outcome: auditEvents.outcome,
        ip: auditEvents.ip,
        detail: detailLength
          ? sql<string | null>`left(${auditEvents.detail}::text, ${detailLength + 1})`
          : sql<string | null>`${auditEvents.detail}::text`,
      })
      .from(auditEvents)
      // A client acts in a practice's trail only through a record there, whichever practice made the login.
      .leftJoin(
        users,
        and(
          eq(users.id, auditEvents.actorId),
          or(eq(users.practiceId, auditEvents.practiceId), eq(users.role, "client")),
        ),
      )
  );
}

type EventRow = Awaited<ReturnType<ReturnType<typeof selectEvents>["execute"]>>[number];

/** The client an event is about: its object, or the client its detail names. */
function concernedClient(row: EventRow): string | null {
  const id = row.objectType === "client" ? row.objectId : row.detailClientId;
  return isId(id) ? id.toLowerCase() : null;
}

/** Names of the practice's clients among `ids` (others, and ids of no client, are left out). */
async function clientNames(database: Db, practiceId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 1000) {
    const found = await database
      .select({ id: clients.id, givenName: clients.givenName, familyName: clients.familyName })
      .from(clients)
      .where(and(eq(clients.practiceId, practiceId), inArray(clients.id, wanted.slice(i, i + 1000))));
    for (const c of found) names.set(c.id, `${c.givenName} ${c.familyName}`);
  }
  return names;
}

/**
 * The distinct actions of the practice's trail, read as a skip scan of the (practice, action, at)
 * index: one probe per action, however many events the practice has.
 */
async function actionsOf(database: Db, practiceId: string): Promise<string[]> {
  const result = (await database.execute(sql`
    with recursive seen(action) as (
      (select action from audit_events where practice_id = ${practiceId} order by action limit 1)
      union all
      select (select e.action from audit_events e where e.practice_id = ${practiceId} and e.action > seen.action
              order by e.action limit 1)
      from seen where seen.action is not null
    )
    select action from seen where action is not null`)) as unknown as { rows: { action: string }[] };
  return result.rows.map((r) => r.action);
}

/** A moment on the practice's clock as "yyyy-mm-dd hh:mm:ss": the CSV's, which a spreadsheet sorts. */
function clockOf(timeZone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return (at) => {
    const p = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  };
}

/** A row as the viewer gets it; a detail longer than `detailShown` is cut there, marked "…". */
function toDto(
  row: EventRow,
  when: (at: Date) => string,
  names: Map<string, string>,
  detailShown: number,
): AuditRowDto {
  const clientId = concernedClient(row);
  const name = clientId ? names.get(clientId) : undefined;
  const detail = row.detail && row.detail.length > detailShown ? `${row.detail.slice(0, detailShown)}…` : row.detail;
  return {
    id: row.id,
    when: when(row.at),
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    client: clientId && name ? { id: clientId, name } : null,
    outcome: row.outcome,
    ip: row.ip,
    detail,
  };
}

/** A cursor names an event by its time (to the microsecond, UTC) and id, the ordering's keys. */
const encodeCursor = (row: EventRow) => Buffer.from(`${row.atKey}~${row.id}`).toString("base64url");

const CURSOR_AT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}$/;

/** A cursor from the address; "invalid" for anything this module did not write. */
function decodeCursor(text: string | undefined): { at: string; id: number } | null | "invalid" {
  if (!text) return null;
  const [at = "", id = "", ...rest] = Buffer.from(text, "base64url").toString("utf8").split("~");
  const day = CURSOR_AT.exec(at)?.[1];
  const valid =
    rest.length === 0 && day !== undefined && isRealDay(day) && day >= EARLIEST_DAY && /^[1-9]\d{0,14}$/.test(id);
  return valid ? { at, id: Number(id) } : "invalid";
}
