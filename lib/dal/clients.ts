import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { clients, practices, users } from "@/db/schema";
import { audit } from "./audit";
import { db } from "./database";
import { deny, requireStaff, requireViewer, type Viewer } from "./viewer";

export interface ClientSummary {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  therapistName: string | null;
  hasPortalLogin: boolean;
}

export interface ClientDetail extends ClientSummary {
  email: string | null;
  phone: string | null;
  primaryTherapistId: string | null;
  practiceName: string;
  createdAt: Date;
  consentName: string | null;
  consentAt: Date | null;
}

const therapist = alias(users, "therapist");

const summaryColumns = {
  id: clients.id,
  givenName: clients.givenName,
  familyName: clients.familyName,
  dateOfBirth: clients.dateOfBirth,
  therapistName: therapist.displayName,
  userId: clients.userId,
};

/** Rows become DTOs: the linked login's id stays on the server, only whether there is one leaves. */
function toDto<T extends { userId: string | null }>(row: T): Omit<T, "userId"> & { hasPortalLogin: boolean } {
  const { userId, ...rest } = row;
  return { ...rest, hasPortalLogin: userId !== null };
}

/**
 * The one definition of "which clients may this viewer see": staff see their practice's
 * clients; a client sees only the record linked to their own login.
 */
function visibleTo(viewer: Viewer): SQL {
  const practice = eq(clients.practiceId, viewer.practiceId);
  return viewer.role === "client" ? and(practice, eq(clients.userId, viewer.userId))! : practice;
}

/** The practice's clients, for staff. */
export async function listClients(): Promise<ClientSummary[]> {
  const viewer = await requireStaff({ action: "client.list", objectType: "client" });
  const database = await db();
  const rows = await database
    .select(summaryColumns)
    .from(clients)
    .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
    .where(visibleTo(viewer))
    .orderBy(asc(clients.familyName), asc(clients.givenName));
  await audit(database, viewer, {
    action: "client.list",
    objectType: "client",
    outcome: "allowed",
    detail: { count: rows.length },
  });
  return rows.map(toDto);
}

/** One client, if the viewer may see it; otherwise not-found (audited). */
export async function getClient(id: string): Promise<ClientDetail> {
  const viewer = await requireViewer();
  const denial = { action: "client.read", objectType: "client", objectId: String(id).slice(0, 64) };
  if (!z.uuid().safeParse(id).success) return deny(viewer, denial);
  const database = await db();
  const [row] = await database
    .select({
      ...summaryColumns,
      email: clients.email,
      phone: clients.phone,
      primaryTherapistId: clients.primaryTherapistId,
      createdAt: clients.createdAt,
      consentName: clients.consentName,
      consentAt: clients.consentAt,
      practiceName: practices.name,
    })
    .from(clients)
    .innerJoin(practices, eq(practices.id, clients.practiceId))
    .leftJoin(therapist, eq(therapist.id, clients.primaryTherapistId))
    .where(and(eq(clients.id, id), visibleTo(viewer)))
    .limit(1);
  if (!row) return deny(viewer, denial);
  await audit(database, viewer, { ...denial, outcome: "allowed" });
  return toDto(row);
}

/** The signed-in client's own record, for the portal. Staff have no portal record: not-found. */
export async function getMyClientRecord(): Promise<ClientDetail> {
  const viewer = await requireViewer();
  if (viewer.role !== "client" || !viewer.clientId) {
    return deny(viewer, { action: "portal.read", objectType: "client" });
  }
  return getClient(viewer.clientId);
}
