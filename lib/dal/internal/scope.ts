// Loading a client's record, or an object in it, for the policy to judge.
import "server-only";
import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import {
  appointments,
  clients,
  flags,
  intakes,
  invitations,
  plans,
  sessionNotes,
  symptomReports,
  users,
} from "@/db/schema";
import type { Db } from "@/db/client";
import { may, relationTo, type Action, type Relation } from "../policy";
import { db } from "./database";
import { auditId, deny, isId, viewerWhoMay } from "./guard";
import type { Viewer } from "./viewer";

/**
 * Loading a client's record, or an object in it, for the policy to judge: the one way the DAL
 * reaches clinical objects by id. One statement loads the object with its client (whose
 * practice, portal login and primary therapist decide the relation); a nested route passes the
 * parent client's id too, so an intake of client B under client A's address is not found.
 * Everything refused is audited and answered as not-found.
 */
type Executor = Pick<Db, "select">;
export type ClientRow = typeof clients.$inferSelect;

const CHILDREN = {
  intake: { table: intakes, objectType: "intake" },
  note: { table: sessionNotes, objectType: "session_note" },
  flag: { table: flags, objectType: "flag" },
  plan: { table: plans, objectType: "plan" },
  symptomReport: { table: symptomReports, objectType: "symptom_report" },
  appointment: { table: appointments, objectType: "appointment" },
  invitation: { table: invitations, objectType: "invitation" },
} as const;
export type ChildKind = keyof typeof CHILDREN;
type ChildRow<K extends ChildKind> = (typeof CHILDREN)[K]["table"]["$inferSelect"];

export interface ClientScope {
  viewer: Viewer;
  client: ClientRow;
  relation: Relation;
  database: Db;
}

/** Ids come bound from forms: a raw POST can send anything, and only a uuid reaches SQL. */

/** A client's record, if the policy lets the viewer do `action` on it. */
export async function scopeClient(action: Action, clientId: string, executor?: Executor): Promise<ClientScope> {
  const denial = { action, objectType: "client", objectId: auditId(clientId) };
  const viewer = await viewerWhoMay(action, denial);
  if (!isId(clientId)) return deny(viewer, denial);
  const database = await db();
  const [client] = await (executor ?? database)
    .select()
    .from(clients)
    .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId)))
    .limit(1);
  const relation = client ? relationTo(viewer, client) : "other";
  if (!client || !may(viewer.role, action, relation)) return deny(viewer, denial);
  return { viewer, client, relation, database };
}

/**
 * An object of a client's record (an intake, a note, a flag, a plan, a symptom report, a portal
 * invitation) with its
 * client. With `parentId`, only the object of that client is found.
 */
export async function scopeChild<K extends ChildKind>(
  action: Action,
  kind: K,
  id: string,
  parentId?: string,
): Promise<ClientScope & { row: ChildRow<K> }> {
  const { table, objectType } = CHILDREN[kind];
  const denial = { action, objectType, objectId: auditId(id) };
  const viewer = await viewerWhoMay(action, denial);
  if (!isId(id) || (parentId !== undefined && !isId(parentId))) return deny(viewer, denial);
  const database = await db();
  const [found] = await database
    .select({ row: getTableColumns(table), client: getTableColumns(clients) })
    .from(table)
    .innerJoin(clients, eq(clients.id, table.clientId))
    .where(
      and(
        eq(table.id, id),
        eq(table.practiceId, viewer.practiceId),
        parentId === undefined ? undefined : eq(table.clientId, parentId),
      ),
    )
    .limit(1);
  const relation = found ? relationTo(viewer, found.client) : "other";
  if (!found || !may(viewer.role, action, relation)) return deny(viewer, denial);
  return { viewer, client: found.client, relation, database, row: found.row as ChildRow<K> };
}

/**
 * A therapist of the viewer's practice whose working week is being read or changed: their own
 * ("own"), or a colleague's ("practice"), as the policy allows.
 */
export async function scopeTherapist(action: Action, therapistId: string) {
  const denial = { action, objectType: "user", objectId: auditId(therapistId) };
  const viewer = await viewerWhoMay(action, denial);
  if (!isId(therapistId)) return deny(viewer, denial);
  const database = await db();
  const [therapist] = await database
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.id, therapistId),
        eq(users.practiceId, viewer.practiceId),
        inArray(users.role, ["therapist", "admin"]),
      ),
    )
    .limit(1);
  const relation: Relation = therapist ? (therapist.id === viewer.userId ? "own" : "practice") : "other";
  if (!therapist || !may(viewer.role, action, relation)) return deny(viewer, denial);
  return { viewer, therapist, database };
}
