import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject, vi } from "vitest";
import { closeDatabase } from "@/db/client";
import { createDatabaseFrom, dropDatabase, urlFor } from "./postgres-admin";
import { currentRequest } from "./request-context";

/**
 * Each test file gets its own database, copied from the migrated template, and reaches it
 * the way the app does: through PGLITE_DATA_DIR or DATABASE_URL.
 */
process.env.DEMO_DATA = "off";
// Booking links are signed with the server's secret (lib/booking/manage-link.ts).
process.env.AUTH_SECRET ??= "integration-tests-secret";
const engine = inject("engine");
const template = inject("template");

if (engine === "postgres") {
  const url = process.env.TEST_DATABASE_URL!;
  const name = await createDatabaseFrom(url, template);
  process.env.DATABASE_URL = urlFor(url, name);
  afterAll(async () => {
    await closeDatabase();
    await dropDatabase(url, name);
  });
} else {
  delete process.env.DATABASE_URL;
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "unknot-test-")), "pglite");
  cpSync(template, folder, { recursive: true });
  process.env.PGLITE_DATA_DIR = folder;
  afterAll(async () => {
    await closeDatabase();
    rmSync(path.dirname(folder), { recursive: true, force: true });
  });
}

// The DAL reads the session cookie's claims (lib/auth/session-cookie.ts), Auth.js for the one
// a sign-in replaces, and the caller's IP through next/headers; outside a Next request the
// tests stand in for all three (test/support/request-context.ts).
vi.mock("@/lib/auth/session-cookie", () => ({
  sessionClaims: async () => currentRequest.claims ?? null,
  authSecret: () => "integration-tests",
}));

vi.mock("@/lib/auth/config", () => ({
  auth: async () => (currentRequest.claims ? { claims: currentRequest.claims } : null),
  signIn: async () => {
    throw new Error("signIn is driven through verifySignIn in integration tests");
  },
  signOut: async () => {},
  handlers: {},
}));

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": currentRequest.ip }),
  cookies: async () => new Map(),
}));
