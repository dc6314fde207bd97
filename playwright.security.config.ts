import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The security suite's browser checks (test/security/e2e): session timeouts with the clock
// moved in the browser and on the server, and bad input rendered back without running.
const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const executablePath = candidates.find((p): p is string => Boolean(p && existsSync(p)));
if (!executablePath) {
  throw new Error(
    "No Chromium found: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.",
  );
}

const PORT = Number(process.env.SECURITY_E2E_PORT ?? 3204);
process.env.UNKNOT_CLOCK_FILE ??= path.join(tmpdir(), `unknot-sec-clock-${PORT}`);

export default defineConfig({
  testDir: "test/security/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs test/security/support/e2e-server.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
