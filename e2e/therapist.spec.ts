import { expect, test } from "./support/page-checks";
import { demo, findClient, openSection, signIn, signOut } from "./fixtures";

test("a therapist signs in, sees the practice's clients, opens one and signs out", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/dashboard$/);
  await openSection(page, "Clients");
  const table = page.getByRole("table", { name: "Clients of the practice" });
  await findClient(page, "Jordan");

  await table.getByRole("link", { name: "Jordan Lee" }).click();
  await expect(page.getByRole("heading", { name: "Jordan Lee" })).toBeVisible();
  await expect(page.getByText("12 Apr 1988")).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" }).getByText("jordan.lee@demo.unknot.test")).toBeVisible();
  // The login that reaches Jordan's portal, by its address.
  await expect(page.getByRole("region", { name: "Portal" })).toContainText("Portal login: jordan.lee@demo.unknot.test");

  await signOut(page);
  await page.goto("/clients");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("the client table sorts by name from the keyboard", async ({ page }) => {
  await signIn(page, demo.sam);
  await openSection(page, "Clients");
  const table = page.getByRole("table", { name: "Clients of the practice" });
  // Other journeys may add clients meanwhile: check the order, not the exact rows.
  const familyNames = async () =>
    (await table.getByRole("cell").getByRole("link").allInnerTexts()).map((name) => name.split(" ").at(-1)!);
  const byFamily = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
  const ascending = await familyNames();
  expect(ascending).toEqual(byFamily(ascending));
  await table.getByRole("link", { name: "Name" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
  const descending = await familyNames();
  expect(descending).toEqual(byFamily(descending).reverse());
  // The whole list turned round, not just this page: it now opens where the other page ended.
  expect(descending[0]!.localeCompare(ascending.at(-1)!)).toBeGreaterThan(0);
});
