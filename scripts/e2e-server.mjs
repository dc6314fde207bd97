// Serves the production build on a fresh embedded database for Playwright.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.argv[2] ?? "3100";
const dataDir = ".data/e2e/pglite";
rmSync(".data/e2e", { recursive: true, force: true });
// server.mjs: the production entry with its guards (what `npm start` runs).
const server = spawn(process.execPath, ["server.mjs", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", DEMO_DATA: "on" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
