// Refusals and practice-wide authorization: the policy asked, every denial audited.
import "server-only";
import { notFound } from "next/navigation";
import { may, mayAtAll, type Action } from "../policy";
import { audit, type AuditEntry } from "./audit";
import { db } from "./database";
import { requireViewer, type Viewer } from "./viewer";

/** What a refusal names in its audit row. */
export type Denial = Omit<AuditEntry, "outcome" | "action"> & { action: Action | string };

/**
 * Audits a refusal and answers not-found: another tenant's ids, another client's ids and
 * objects a role may not touch all look exactly like ids that do not exist.
 */
export async function deny(viewer: Viewer | null, entry: Denial): Promise<never> {
  await audit(await db(), viewer, { ...entry, outcome: "denied" });
  notFound();
}

/**
 * An id as the audit trail records it: whatever was sent, control characters made visible
 * (PostgreSQL refuses a NUL in text), cut to a sane length.
 */
export const auditId = (id: unknown): string =>
  String(id)
    .replace(/[\u0000-\u001f\u007f]/g, "\uFFFD")
    .slice(0, 64);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a browser can be a row's id (a uuid); anything else is refused before it reaches SQL. */
export const isId = (id: unknown): id is string => typeof id === "string" && UUID.test(id);

/**
 * A practice-wide action (the client list, the library, the outbox): the viewer's own
 * practice is the object, so the policy is asked for the relation "own".
 */
export async function authorize(action: Action, objectType: string): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!may(viewer.role, action, "own")) return deny(viewer, { action, objectType });
  return viewer;
}

/** A signed-in viewer whose role may do `action` on something; others are refused before any lookup. */
export async function viewerWhoMay(action: Action, denial: Omit<Denial, "action">): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!mayAtAll(viewer.role, action)) return deny(viewer, { ...denial, action });
  return viewer;
}

export type ClientViewer = Viewer & { clientId: string };

/**
 * The portal's object is the signed-in client's own record (the one linked to their login), so
 * the relation is "own" by construction; staff have no such record and are refused.
 */
export async function portalViewer(action: Action): Promise<ClientViewer> {
  const viewer = await requireViewer();
  if (!viewer.clientId || !may(viewer.role, action, "own")) return deny(viewer, { action, objectType: "portal" });
  return viewer as ClientViewer;
}
