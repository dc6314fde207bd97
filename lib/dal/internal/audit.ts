// The audit trail's writer: one append-only row per read, change or refusal.
import "server-only";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { requestIp } from "./request";

export type AuditOutcome = "allowed" | "denied" | "failed";

/** Who acted: a signed-in user, or (userId null) the operator at the command line. */
export interface AuditActor {
  userId: string | null;
  role: string;
  practiceId: string;
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  outcome: AuditOutcome;
  detail?: Record<string, unknown>;
}

type Executor = Pick<Db, "insert">;

/**
 * Appends one audit event. Pass the transaction that made the change so the event and the
 * change commit together (an audit row never describes a write that did not happen).
 */
export async function audit(executor: Executor, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
  await executor.insert(auditEvents).values({
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    practiceId: actor?.practiceId ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    outcome: entry.outcome,
    ip: await requestIp(),
    detail: entry.detail ?? null,
  });
}

/**
 * Someone opened an emailed link's page (an invitation): written for the link's practice with no
 * actor, since whoever holds a link may open it, so staff can see when and from where a link was
 * looked at, and whether it could still be used. A token that matches no link writes nothing: it
 * names no practice, and guessing costs the guesser alone.
 */
export async function auditLinkView(
  executor: Executor,
  link: { id: string; practiceId: string },
  action: string,
  refused: string | null,
): Promise<void> {
  await audit(
    executor,
    { userId: null, role: "link", practiceId: link.practiceId },
    {
      action,
      objectType: action.startsWith("staff.") ? "staff_invitation" : "invitation",
      objectId: link.id,
      outcome: refused ? "denied" : "allowed",
      ...(refused ? { detail: { state: refused } } : {}),
    },
  );
}
