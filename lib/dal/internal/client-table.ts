// The client table's query: filters and keyset paging over an allow-list of sorts, each backed
// by an index at any practice size (migrations 0011 and 0012; the plans seen are in the README).
import "server-only";
import { and, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { clients, flags, plans } from "@/db/schema";
import { addDays } from "@/lib/domain/days";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import type { ClientSort, ClientTableQuery } from "@/lib/validation/client-table";
import { safe } from "@/lib/validation/fields";
import { isId } from "./guard";

/** A sort: its keys in order (the last is the id), and where rows without a value go. */
interface SortSpec {
  key: SQL | null;
  /** The name sort's keys; others have one nullable key. */
  names?: true;
  /** Rows with no value (never visited, nothing booked) when sorting ascending. */
  nullsWhenAscending: "first" | "last";
  /** The direction a click on the column starts with. */
  natural: "asc" | "desc";
}

export const SORTS: Record<ClientSort, SortSpec> = {
  name: { key: null, names: true, nullsWhenAscending: "last", natural: "asc" },
  // Most recent visit first; never visited last (ascending: longest ago first, never first).
  lastVisit: { key: sql`${clients.lastVisitOn}`, nullsWhenAscending: "first", natural: "desc" },
  // Soonest first; nothing booked last.
  nextAppointment: { key: sql`${clients.nextAppointmentAt}`, nullsWhenAscending: "last", natural: "asc" },
  // Lowest adherence first: who needs a call; no plan last.
  adherence: { key: sql`${clients.adherence30d}`, nullsWhenAscending: "last", natural: "asc" },
};

/** Names sort folded (no case, no accents): Ångström next to Adeyemi, alike on both engines. */
export const FAMILY_KEY = sql<string>`unknot_fold(${clients.familyName})`;
export const GIVEN_KEY = sql<string>`unknot_fold(${clients.givenName})`;

export const STOP_FLAGS = CONTRAINDICATIONS.filter((c) => c.level === "stop").map((c) => c.id);

/** A client's open stop-level flag: the condition the open-flag filter and badge look for. */
export const openStopFlag = (clientId: SQL | typeof clients.id) =>
  sql`exists (select 1 from ${flags} f where f.practice_id = ${clients.practiceId} and f.client_id = ${clientId}
    and f.status = 'open' and f.contraindication_id in (${sql.join(
      STOP_FLAGS.map((id) => sql`${id}`),
      sql`, `,
    )}))`;

export const activePlan = sql`exists (select 1 from ${plans} pl where pl.practice_id = ${clients.practiceId}
  and pl.client_id = ${clients.id} and pl.status = 'active')`;

/** LIKE's wildcards in a search term, taken literally. */
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every word of the search must begin the client's given or family name (whatever the case or
 * accents), their email, or their phone number's digits.
 */
function searchCondition(q: string): SQL | undefined {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const prefix = `${escapeLike(word)}%`;
      const digits = word.replace(/\D/g, "");
      return or(
        sql`unknot_fold(${clients.familyName}) like unknot_fold(${prefix})`,
        sql`unknot_fold(${clients.givenName}) like unknot_fold(${prefix})`,
        sql`lower(${clients.email}) like lower(${prefix})`,
        digits.length >= 3 ? sql`regexp_replace(${clients.phone}, '[^0-9]', '', 'g') like ${`${digits}%`}` : undefined,
      );
    }),
  );
}

/** The filters of the address, as one condition with the practice's scope. */
export function filterCondition(practiceId: string, query: ClientTableQuery, today: string): SQL {
  return and(
    eq(clients.practiceId, practiceId),
    query.q ? searchCondition(query.q) : undefined,
    query.therapist === "none"
      ? isNull(clients.primaryTherapistId)
      : query.therapist
        ? eq(clients.primaryTherapistId, query.therapist)
        : undefined,
    query.status ? eq(clients.status, query.status) : undefined,
    query.flag === "open" ? openStopFlag(clients.id) : undefined,
    query.plan === "active" ? activePlan : query.plan === "none" ? sql`not ${activePlan}` : undefined,
    query.visit === "30d"
      ? gte(clients.lastVisitOn, addDays(today, -30))
      : query.visit === "90d"
        ? gte(clients.lastVisitOn, addDays(today, -90))
        : query.visit === "over-90d"
          ? lt(clients.lastVisitOn, addDays(today, -90))
          : query.visit === "never"
            ? isNull(clients.lastVisitOn)
            : undefined,
    query.next === "booked"
      ? isNotNull(clients.nextAppointmentAt)
      : query.next === "none"
        ? isNull(clients.nextAppointmentAt)
        : undefined,
    query.adherence === "below-50" ? lt(clients.adherence30d, 50) : undefined,
  )!;
}

/** Where a page starts: after (or before) this row of the ordering. */
export interface Cursor {
  /** The sort key's value (the family and given names for the name sort), null when the row has none. */
  values: (string | number | null)[];
  id: string;
}

export const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

export function decodeCursor(text: string | undefined): Cursor | null | "invalid" {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Cursor;
    const ok =
      Array.isArray(value.values) &&
      value.values.length <= 2 &&
      value.values.every((v) => v === null || (typeof v === "string" && safe(v)) || typeof v === "number") &&
      typeof value.id === "string" &&
      isId(value.id);
    return ok ? value : "invalid";
  } catch {
    return "invalid";
  }
}

/**
 * ORDER BY and the keyset condition for reading `direction` through the ordering from `cursor`
 * (forward = as displayed; backward = the page before, read in reverse and flipped by the caller).
 */
export function ordering(sort: ClientSort, dir: "asc" | "desc", cursor: Cursor | null, backward: boolean) {
  const spec = SORTS[sort];
  // Reading backward is reading the reversed ordering: the other direction, nulls at the other end.
  const ascending = (dir === "asc") !== backward;
  const nullsFirst = ((spec.nullsWhenAscending === "first") === (dir === "asc")) !== backward;
  const word = ascending ? sql`asc` : sql`desc`;
  const nulls = nullsFirst ? sql`nulls first` : sql`nulls last`;
  const cmp = ascending ? sql`>` : sql`<`;
  if (spec.names) {
    const orderBy = sql`${FAMILY_KEY} ${word}, ${GIVEN_KEY} ${word}, ${clients.id} ${word}`;
    const after = cursor
      ? sql`(${FAMILY_KEY}, ${GIVEN_KEY}, ${clients.id}) ${cmp} (${cursor.values[0]}::text, ${cursor.values[1]}::text, ${cursor.id}::uuid)`
      : undefined;
    return { orderBy, after };
  }
  const key = spec.key!;
  const orderBy = sql`${key} ${word} ${nulls}, ${clients.id} ${word}`;
  if (!cursor) return { orderBy, after: undefined };
  const value = cursor.values[0] ?? null;
  const idAfter = sql`${clients.id} ${cmp} ${cursor.id}::uuid`;
  let after: SQL;
  if (value === null) {
    // Past the row without a value: its later peers, then (nulls first) every row with one.
    after = nullsFirst
      ? sql`(${key} is not null or (${key} is null and ${idAfter}))`
      : sql`(${key} is null and ${idAfter})`;
  } else {
    const later = sql`(${key} ${cmp} ${value} or (${key} = ${value} and ${idAfter}))`;
    after = nullsFirst ? later : sql`(${later} or ${key} is null)`;
  }
  return { orderBy, after };
}

/** The cursor values of a row for a sort. */
export function cursorOf(
  sort: ClientSort,
  row: {
    id: string;
    familyKey: string;
    givenKey: string;
    lastVisitOn: string | null;
    nextAppointmentAt: Date | null;
    adherence30d: number | null;
  },
): Cursor {
  const values: Cursor["values"] =
    sort === "name"
      ? [row.familyKey, row.givenKey]
      : sort === "lastVisit"
        ? [row.lastVisitOn]
        : sort === "nextAppointment"
          ? [row.nextAppointmentAt?.toISOString() ?? null]
          : [row.adherence30d];
  return { values, id: row.id };
}
