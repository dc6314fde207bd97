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

/** The pages each role works in, by address: each must fit a 390 px phone. */
const PAGES: Array<{ who: string | null; paths: string[] }> = [
  { who: null, paths: ["/sign-in", "/forgot-password", "/book/riverside"] },
  {
    who: demo.admin,
    paths: [
      "/dashboard",
      "/clients",
      "/clients/new",
      "/calendar",
      "/library",
      "/outbox",
      "/settings/availability",
      "/settings/staff",
      "/settings/practice",
      "/settings/audit",
      "/settings/account",
    ],
  },
  {
    who: demo.jordan,
    paths: ["/portal", "/portal/progress", "/portal/appointments", "/portal/report", "/portal/reminders"],
  },
];

test("every page of each role fits a 390 px phone", async ({ page }) => {
  test.setTimeout(180_000);
  for (const { who, paths } of PAGES) {
    if (who) {
      await signIn(page, who);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    }
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      expect({ path, sideways: await scrollsSideways(page) }).toEqual({ path, sideways: false });
    }
    if (who) await page.getByRole("button", { name: "Sign out" }).click();
  }
  // The worked example's record, as its therapist opens it.
  await signIn(page, demo.maya);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await page.goto("/clients?q=Jordan");
  await page.getByRole("link", { name: "Jordan Lee" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Lee" })).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});
