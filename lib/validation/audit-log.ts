import { z } from "@/lib/validation/zod";
import { isRealDay } from "@/lib/domain/days";

/**
 * The audit log viewer's address (`/settings/audit?user=…&action=…&from=…`), and its CSV export's:
 * every key and value from an allow-list, so what reaches SQL is always one of ours. An unknown
 * key or value is refused (not-found), never passed on.
 */
export const AUDIT_OUTCOMES = ["allowed", "denied", "failed"] as const;
export type AuditOutcomeFilter = (typeof AUDIT_OUTCOMES)[number];

/**
 * An action as the app writes it: `area.verb`, lower case with `-` or `_` (`client.read`,
 * `auth.sign_in`, `booking.type-create`). A pattern rather than a fixed list: the DAL writes
 * actions the policy table does not name, and a new one must be findable the day it ships.
 */
export const AUDIT_ACTION = /^[a-z][a-z_-]*\.[a-z][a-z_-]*$/;

/** The range of days the filters take: the trail holds nothing older, and the database's times end. */
export const EARLIEST_DAY = "1970-01-01";
export const LATEST_DAY = "2999-12-31";

/** A calendar day of the practice (yyyy-mm-dd) that exists (no 2026-02-30), within the range. */
const day = z
  .string()
  .refine((value) => isRealDay(value) && value >= EARLIEST_DAY && value <= LATEST_DAY, "Not a date");
/** A keyset cursor as the DAL encodes it (base64url). */
const cursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

export const auditLogQuery = z
  .object({
    /** Whose actions: a user of the practice. */
    user: z.uuid().optional(),
    /** About whom: events whose object is the client, or whose detail names them. */
    client: z.uuid().optional(),
    action: z.string().max(64).regex(AUDIT_ACTION).optional(),
    outcome: z.enum(AUDIT_OUTCOMES).optional(),
    /** The practice's calendar days, both included. */
    from: day.optional(),
    to: day.optional(),
    /** Keyset cursors (newest first): the last row of the page before, or the first of the page after. */
    after: cursor.optional(),
    before: cursor.optional(),
  })
  .strict();

export type AuditLogQuery = z.output<typeof auditLogQuery>;

/** The filters of a query: what an export takes and what a page's links keep. */
export type AuditLogFilters = Omit<AuditLogQuery, "after" | "before">;

export function filtersOf({ after: _after, before: _before, ...filters }: AuditLogQuery): AuditLogFilters {
  return filters;
}
