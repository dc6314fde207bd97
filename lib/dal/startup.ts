// Opening the database before the server takes requests.
import "server-only";
import { database } from "./internal/database";

/**
 * Opens, migrates and seeds the database before the server takes requests. A server without
 * its database (e.g. the embedded folder is held by another process) must not sit there
 * answering 500s: it says why and stops.
 */
export async function startDatabase(): Promise<void> {
  try {
    await database();
  } catch (error) {
    console.error(`Unknot cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
