import { existsSync } from "node:fs";

/**
 * The one Chromium lookup of both Playwright configs (playwright.config.ts and
 * playwright.security.config.ts). Tests use the system's Chromium: nothing is downloaded at test
 * time. CHROMIUM_PATH wins when set; otherwise the usual Debian and Chrome locations.
 */
export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH to its binary.",
    );
  }
  return found;
}

/**
 * Launch options for `use.launchOptions`: no sandbox (the tests run as root), and none of
 * Chromium's own traffic (updates, sync, first-run pages), since only the local server is reached.
 */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
