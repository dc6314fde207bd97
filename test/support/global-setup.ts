import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTemplateDatabase, dropDatabase } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    engine: "pglite" | "postgres";
    template: string;
  }
}

const migrationsFolder = path.resolve("db/migrations");

/**
 * Migrates one template database per run; every test file then starts from a copy of it
 * (a copied PGlite folder, or CREATE DATABASE … TEMPLATE on PostgreSQL) instead of migrating.
 */
export default async function setup(project: TestProject) {
  if (project.config.provide.engine === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const template = await createTemplateDatabase(url, migrationsFolder);
    project.provide("template", template);
    return () => dropDatabase(url, template);
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "unknot-template-")), "pglite");
  const { pgliteExtensions } = await import("../../db/pglite-extensions");
  const client = await PGlite.create(folder, { extensions: pgliteExtensions() });
  await migrate(drizzle(client), { migrationsFolder });
  await client.close();
  project.provide("template", folder);
  return () => rmSync(path.dirname(folder), { recursive: true, force: true });
}
