import { bigserial, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export const auditOutcome = pgEnum("audit_outcome", ["allowed", "denied", "failed"]);

/**
 * Append-only record of who read or changed what (HIPAA audit controls). No foreign keys, so
 * denials for ids that do not exist, and events of deleted objects, are still kept. The
 * migration revokes UPDATE and DELETE through a trigger.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorRole: text("actor_role"),
    practiceId: uuid("practice_id"),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    outcome: auditOutcome("outcome").notNull(),
    ip: text("ip"),
    detail: jsonb("detail"),
  },
  (t) => [
    index("audit_practice_at_idx").on(t.practiceId, t.at),
    index("audit_object_idx").on(t.objectType, t.objectId),
    // The audit log viewer's filters: by who, and by what was done, newest first.
    index("audit_practice_actor_at_idx").on(t.practiceId, t.actorId, t.at),
    index("audit_practice_action_at_idx").on(t.practiceId, t.action, t.at),
    // …and by client: events about the client record itself, or naming it in their detail.
    index("audit_practice_object_at_idx").on(t.practiceId, t.objectId, t.at),
    index("audit_practice_detail_client_at_idx").on(t.practiceId, sql`(${t.detail} ->> 'clientId')`, t.at),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
