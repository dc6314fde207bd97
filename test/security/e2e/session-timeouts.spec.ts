import { expect, test } from "@playwright/test";
import { accounts, advance, expectSignedOut, installClock, openClients, resetClock, signIn } from "./fixtures";

const MINUTE = 60_000;
test.beforeEach(() => resetClock());

test("staff are signed out after 30 idle minutes, and not before", async ({ page }) => {
  await installClock(page);
  await signIn(page, accounts.therapist);
  await openClients(page);

  await advance(page, 29 * MINUTE);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();

  await advance(page, 29 * MINUTE); // 58 minutes in, but active 29 minutes ago
  await page.reload();
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();

  await advance(page, 31 * MINUTE);
  await page.reload();
  await expectSignedOut(page);
  await page.goto("/clients");
  await expectSignedOut(page);
});

test("staff are signed out 12 hours after signing in, however active", async ({ page }) => {
  // 29 page loads: more than Playwright's default 30 s when the machine is busy.
  test.setTimeout(120_000);
  await installClock(page);
  await signIn(page, accounts.admin);
  await openClients(page);
  // Active every 25 minutes for 11 h 40 min…
  for (let step = 1; step <= 28; step++) {
    await advance(page, 25 * MINUTE);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Clients" }), `after ${step * 25} minutes`).toBeVisible();
  }
  // …and out at 12 h 05 min.
  await advance(page, 25 * MINUTE);
  await page.reload();
  await expectSignedOut(page);
});

test("signing out in the browser, then replaying the old cookie, gets the sign-in page", async ({
  page,
  context,
  browser,
}) => {
  await signIn(page, accounts.otherTherapist);
  await openClients(page);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expectSignedOut(page);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  await stolen.goto("/clients");
  await expectSignedOut(stolen);
  await replay.close();
});
