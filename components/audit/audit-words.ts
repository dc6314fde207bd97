import type { AuditRowDto } from "@/lib/dal/audit-log";
import type { AuditLogFilters, AuditOutcomeFilter } from "@/lib/validation/audit-log";

/** The words the audit log viewer shows for the codes the trail stores. */
export const ROLE_WORDS: Record<string, string> = {
  admin: "Admin",
  therapist: "Therapist",
  frontdesk: "Front desk",
  client: "Client",
};

/** Events no signed-in user caused, by the role recorded with them (lib/dal/audit-log.ts). */
export const SYSTEM_ACTOR_WORDS: Record<string, string> = {
  "command-line": "Command line",
  public: "Online booking",
  job: "Job",
  link: "Emailed link",
};

export const OUTCOME_WORDS: Record<AuditOutcomeFilter, string> = {
  allowed: "Allowed",
  denied: "Denied",
  failed: "Failed",
};

/** Who acted, as a person reads it: a name and the role they acted in, or what ran without one. */
export function whoOf(row: Pick<AuditRowDto, "actorName" | "actorRole">): { name: string; role: string | null } {
  const role = row.actorRole ? (ROLE_WORDS[row.actorRole] ?? row.actorRole) : null;
  if (row.actorName) return { name: row.actorName, role };
  if (row.actorRole && SYSTEM_ACTOR_WORDS[row.actorRole])
    return { name: SYSTEM_ACTOR_WORDS[row.actorRole]!, role: null };
  return { name: "Unknown", role };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The page of an event's object, for the kinds that have one; null otherwise (plain text). */
export function objectHref(objectType: string, objectId: string | null): string | null {
  if (!objectId || !UUID.test(objectId)) return null;
  if (objectType === "client") return `/clients/${objectId}`;
  if (objectType === "appointment") return `/calendar/appointments/${objectId}`;
  return null;
}

/** The audit log's address for filters (and a cursor): only set keys. */
export function auditLogHref(filters: AuditLogFilters & { after?: string; before?: string }): string {
  return withQuery("/settings/audit", filters);
}

/** The CSV export of the rows matching the filters. */
export function auditExportHref(filters: AuditLogFilters): string {
  return withQuery("/settings/audit/export", filters);
}

function withQuery(path: string, values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
