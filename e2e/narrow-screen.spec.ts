import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, phone, signIn } from "./fixtures";

test.use(phone);

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// Issue 13, bug 3: a long email in Details made the client page 433 px wide on a 390 px phone.
test("a client page with a long email and a portal invitation fits a 390 px phone", async ({ page }) => {
  const email = "firstname.middlename.lastname.for.wrapping@long-physiotherapy-example.test";
  await signIn(page, demo.maya);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await page.goto("/clients/new");
  await page.getByLabel("Given name").fill("Lorna");
  await page.getByLabel("Family name").fill("Longmail");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Primary therapist").selectOption({ label: "Maya Torres" });
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lorna Longmail" })).toBeVisible();
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText(email);
  expect(await scrollsSideways(page)).toBe(false);

  // The pending invitation names the address too.
  await page.getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("region", { name: "Portal" })).toContainText(email);
  expect(await scrollsSideways(page)).toBe(false);
});
