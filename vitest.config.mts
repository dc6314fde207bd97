import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const resolve = {
  alias: {
    "@": root,
    // `server-only` throws outside React Server Components; tests run the DAL directly.
    "server-only": path.join(root, "test/support/empty-module.ts"),
  },
};

const integration = (engine: "pglite" | "postgres") => ({
  resolve,
  test: {
    name: engine === "pglite" ? "integration" : "integration-pg",
    // test/integration/postgres-only/ holds what only a server engine has (pools, connections).
    include: engine === "pglite" ? ["test/integration/*.test.ts"] : ["test/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/setup-db.ts"],
    provide: { engine },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own database (~700 MiB for PGlite): two at a time fit these machines.
    maxWorkers: 2,
  },
});

// The security suite (test/security/): HTTP against a production server on PostgreSQL (the server
// of SECURITY_DATABASE_URL or TEST_DATABASE_URL, see test/security/support/pg.ts), one file at a
// time because they share that server and its sign-in limits.
const security = {
  resolve,
  test: {
    name: "security",
    include: ["test/security/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/security/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
};

export default defineConfig({
  test: {
    projects: [
      security,
      {
        resolve,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], environment: "node" },
      },
      integration("pglite"),
      // PostgreSQL when TEST_DATABASE_URL names a database on a server where its user may create
      // databases: .ci/run's, or the throwaway one `npm test` and `npm run test:integration` start.
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres")] : []),
    ],
  },
});
