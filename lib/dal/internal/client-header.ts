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
}

export const headerOf = (client: ClientRow, openFlags: FlagDto[], role: Role): ClientHeader => ({
  id: client.id,
  mayOpenChart: mayAtAll(role, "chart.read"),
  givenName: client.givenName,
  familyName: client.familyName,
  dateOfBirth: client.dateOfBirth,
  status: client.status,
  openFlags,
});
