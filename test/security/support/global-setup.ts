import type { TestProject } from "vitest/node";
import { createDatabase, dropDatabase } from "./pg";
import { startServer } from "./server";
import { migrateAndSeed, type World } from "./world";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseUrl: string;
    world: World;
  }
}

/** Spare logins for tests that lock, disable or sign out an account. */
export const SPARE_ROLES = {
  lockTarget: "therapist",
  spreadTarget: "client",
  disabledLater: "therapist",
  signOutReplay: "therapist",
  corpus: "therapist",
  switcher: "therapist",
} as const;

export const SECURITY_PORT = Number(process.env.SECURITY_PORT ?? 3201);

/**
 * One production server for the HTTP suites, on a fresh PostgreSQL database seeded with the
 * two-practice world. Test files run one after another against it.
 */
export default async function setup(project: TestProject) {
  const databaseUrl = await createDatabase("http");
  const world = await migrateAndSeed(databaseUrl, SPARE_ROLES);
  // No background jobs: a timer delivering email between two checksums of the matrix would look
  // like a write of the request in between (every write here delivers its own email at once).
  const server = await startServer({ port: SECURITY_PORT, databaseUrl, env: { UNKNOT_JOBS: "off" } });
  project.provide("baseURL", server.baseURL);
  project.provide("databaseUrl", databaseUrl);
  project.provide("world", world);
  return async () => {
    await server.stop();
    if (process.env.SECURITY_SERVER_LOG) console.log(server.output());
    await dropDatabase(databaseUrl);
  };
}
