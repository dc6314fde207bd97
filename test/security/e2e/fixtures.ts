import { readFileSync, writeFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "security-suite-2026";
export const accounts = {
  admin: "p1.admin@sec.unknot.test",
  therapist: "p1.therapistA@sec.unknot.test",
  otherTherapist: "p1.therapistB@sec.unknot.test",
  client: "p1.clientA@sec.unknot.test",
};

const clockFile = () => process.env.UNKNOT_CLOCK_FILE!;
const serverOffset = () => Number(readFileSync(clockFile(), "utf8")) || 0;

/**
 * Puts the server's clock back to real time. Sessions are created with the database's clock
 * (now() defaults), so each test starts unshifted and only moves forward from its sign-in.
 */
export function resetClock() {
  writeFileSync(clockFile(), "0");
  return new Promise((r) => setTimeout(r, 60));
}

/** Starts the browser's clock where the server's (possibly moved) clock is. */
export async function installClock(page: Page) {
  await page.clock.install({ time: Date.now() + serverOffset() });
}

/** Moves the browser's clock (Playwright) and the server's (clock-shift.mjs) forward together. */
export async function advance(page: Page, ms: number) {
  await page.clock.fastForward(ms);
  writeFileSync(clockFile(), String(serverOffset() + ms));
  await new Promise((r) => setTimeout(r, 60)); // the server re-reads the offset every 20 ms
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Staff start on Today: the client list is a link of the main navigation away. */
export async function openClients(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();
}

export async function expectSignedOut(page: Page) {
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

/** Fails the test if anything opens a dialog (what an executed alert() payload does). */
export function forbidDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on("dialog", async (dialog) => {
    opened.push(dialog.message());
    await dialog.dismiss();
  });
  return opened;
}
