// The header every page of one client shows.
import "server-only";
import type { ClientStatus } from "@/lib/domain/client-status";
import type { ClientRow } from "./scope";
import { mayAtAll, type Role } from "../policy";
import type { FlagDto } from "./flags";

/** What every page of one client shows above its content: who they are and their open flags. */
export interface ClientHeader {
  id: string;
  /** Whether the viewer may open the clinical record (the front desk sees contact details only). */
  mayOpenChart: boolean;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  status: ClientStatus;
  openFlags: FlagDto[];
  /**
   * No consent to treatment on file: shown as a flag to those who chart (a note cannot be signed
   * until it is recorded, lib/domain/charting.ts); the front desk is not told.
   */
  consentMissing: boolean;
  /** The client has a portal login, so they can give consent there themselves. */
  hasPortalLogin: boolean;
}

export const headerOf = (client: ClientRow, openFlags: FlagDto[], role: Role): ClientHeader => ({
  id: client.id,
  mayOpenChart: mayAtAll(role, "chart.read"),
  consentMissing: mayAtAll(role, "chart.read") && client.consentAt === null,
  hasPortalLogin: client.userId !== null,
  givenName: client.givenName,
  familyName: client.familyName,
  dateOfBirth: client.dateOfBirth,
  status: client.status,
  openFlags,
});
