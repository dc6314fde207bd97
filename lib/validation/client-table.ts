import { z } from "@/lib/validation/zod";
import { CLIENT_STATUSES } from "@/lib/domain/client-status";
import { safe } from "./fields";

/**
 * The client table's address (`/clients?q=…&status=…&sort=…`): every key and value from an
 * allow-list, so what reaches SQL is always one of ours. An unknown key or value is refused
 * (the page answers not-found), never passed on.
 */
export const CLIENT_SORTS = ["name", "lastVisit", "nextAppointment", "adherence"] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

const one = z.string().max(200).refine(safe);

export const clientTableQuery = z
  .object({
    q: one.trim().max(100).optional(),
    therapist: z.union([z.literal("none"), z.uuid()]).optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    flag: z.literal("open").optional(),
    plan: z.enum(["active", "none"]).optional(),
    visit: z.enum(["30d", "90d", "over-90d", "never"]).optional(),
    next: z.enum(["booked", "none"]).optional(),
    adherence: z.literal("below-50").optional(),
    sort: z.enum(CLIENT_SORTS).optional(),
    dir: z.enum(["asc", "desc"]).optional(),
    /** Keyset cursors: the last row of the page before, or the first of the page after. */
    after: one.regex(/^[A-Za-z0-9_-]+$/).optional(),
    before: one.regex(/^[A-Za-z0-9_-]+$/).optional(),
  })
  .strict();

export type ClientTableQuery = z.output<typeof clientTableQuery>;

/** The search parameters of a request as the schema expects them: a repeated key is refused. */
export function singleValues(params: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) return null;
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}
