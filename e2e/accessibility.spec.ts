import { expect, test } from "@playwright/test";
import { demo, expectNoAxeViolations as expectNoViolations, signIn } from "./fixtures";

test("sign-in, clients, new client, client, new intake and portal pages have no axe violations", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoViolations(page);

  await signIn(page, demo.admin);
  await expect(page.getByRole("heading", { name: "Clients" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "New client" }).click();
  await expect(page.getByRole("heading", { name: "New client" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Clients", exact: true }).click();
  await page.getByRole("link", { name: "Alex Novak" }).click();
  await expect(page.getByRole("heading", { name: "Alex Novak" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  await expect(page.getByRole("heading", { name: "New intake" })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, demo.priya);
  await expect(page.getByRole("heading", { name: "Hello, Priya" })).toBeVisible();
  await expectNoViolations(page);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(demo.priya);
  await page.keyboard.press("Tab");
  await page.keyboard.type("unknot-demo-2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Hello, Priya" })).toBeVisible();
});
