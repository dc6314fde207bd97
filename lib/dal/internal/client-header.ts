// The header every page of one client shows.
import "server-only";
import type { ClientRow } from "./scope";
import type { FlagDto } from "./flags";

/** What every page of one client shows above its content: who they are and their open flags. */
export interface ClientHeader {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  openFlags: FlagDto[];
}

export const headerOf = (client: ClientRow, openFlags: FlagDto[]): ClientHeader => ({
  id: client.id,
  givenName: client.givenName,
  familyName: client.familyName,
  dateOfBirth: client.dateOfBirth,
  openFlags,
});
