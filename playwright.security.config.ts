import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

// The security suite's browser checks (test/security/e2e): session timeouts with the clock
// moved in the browser and on the server, and bad input rendered back without running.
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
    launchOptions: chromiumLaunchOptions(),
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
