import type { Locator } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, findClient, openSection, signIn } from "./fixtures";

/** The names in the table's rows, in order. */
const namesIn = (table: Locator) => table.getByRole("cell").getByRole("link").allInnerTexts();

test("a therapist finds a client by part of the name, sorts by last visit, filters to open red flags and comes back to the same page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, demo.sam);
  await openSection(page, "Clients");
  const table = page.getByRole("table", { name: "Clients of the practice" });

  // The start of the family name, typed without its accent, finds Zoë Ångström and no one else.
  await findClient(page, "angst");
  await expect(table.getByRole("link", { name: "Zoë Ångström" })).toBeVisible();
  expect(await namesIn(table)).toEqual(["Zoë Ångström"]);
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(page.getByRole("form", { name: "Find clients" }).getByLabel("Search")).toHaveValue("");

  // Most recent visit first; the second page carries on from where the first ended.
  await table.getByRole("link", { name: "Last visit" }).click();
  await expect(page).toHaveURL(/sort=lastVisit&dir=desc/);
  await expect(table.getByRole("columnheader", { name: "Last visit" })).toHaveAttribute("aria-sort", "descending");
  const firstPage = await namesIn(table);
  expect(firstPage.length).toBe(25);
  await page.getByRole("navigation", { name: "Pages of clients" }).getByRole("link", { name: "Next page →" }).click();
  await expect(page).toHaveURL(/after=/);
  const secondPage = await namesIn(table);
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  await expectNoAxeViolations(page);

  // Open a client from the second page, then go back: the same page, the same rows.
  const pageAddress = page.url();
  await table.getByRole("link", { name: secondPage[0]! }).click();
  await expect(page.getByRole("heading", { level: 1, name: secondPage[0]! })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(pageAddress);
  expect(await namesIn(table)).toEqual(secondPage);

  // Only clients with a stop flag open: every row says so; Mei Chen's record shows why.
  await page.getByRole("form", { name: "Find clients" }).getByLabel("Red flags").selectOption("A stop flag is open");
  await page.getByRole("button", { name: "Show clients" }).click();
  await expect(page).toHaveURL(/flag=open/);
  const flagged = await namesIn(table);
  expect(flagged).toEqual(expect.arrayContaining(["Mei Chen", "Yuki Tanaka"]));
  await expect(table.getByText("⛔ Stop flag open")).toHaveCount(flagged.length);
  const filterAddress = page.url();
  await table.getByRole("link", { name: "Mei Chen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mei Chen" })).toBeVisible();
  await expect(page.getByText(/suspected deep vein thrombosis/i).first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(filterAddress);
  await expect(page.getByRole("form", { name: "Find clients" }).getByLabel("Red flags")).toHaveValue("open");
  expect(await namesIn(table)).toEqual(flagged);
});

test("discharging a client shows in the table's status, and reactivating brings them back", async ({ page }) => {
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Whitaker");
  const table = page.getByRole("table", { name: "Clients of the practice" });
  await table.getByRole("link", { name: "George Whitaker" }).click();
  const details = page.getByRole("region", { name: "Details" });
  await details.getByRole("button", { name: "Discharge" }).click();
  await expect(details.getByText(/^Discharged\./)).toBeVisible();
  await expect(details.getByRole("button", { name: "Reactivate" })).toBeVisible();

  await page.goBack();
  await page.reload();
  const status = page.getByRole("form", { name: "Find clients" }).getByLabel("Status");
  await status.selectOption("Discharged");
  await page.getByRole("button", { name: "Show clients" }).click();
  await expect(
    table.getByRole("row", { name: /George Whitaker/ }).getByRole("cell", { name: "Discharged" }),
  ).toBeVisible();

  await table.getByRole("link", { name: "George Whitaker" }).click();
  await page.getByRole("region", { name: "Details" }).getByRole("button", { name: "Reactivate" }).click();
  await expect(page.getByRole("region", { name: "Details" }).getByText(/^Reactivated/)).toBeVisible();
});
