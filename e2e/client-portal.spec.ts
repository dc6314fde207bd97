import { expect, test } from "./support/page-checks";
import { demo, findClient, openSection, signIn, signOut } from "./fixtures";

test("a client signs in to the portal and sees their own name and therapist", async ({ page }) => {
  await signIn(page, demo.jordan);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
  await expect(page.getByText("Maya Torres")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Today" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Clients" })).toHaveCount(0);
  await signOut(page);
});

test("a client cannot reach staff pages or another client's record", async ({ browser }) => {
  // A therapist finds where Priya's record lives…
  const staff = await browser.newPage();
  await signIn(staff, demo.maya);
  await openSection(staff, "Clients");
  await findClient(staff, "Priya");
  const priyaHref = await staff.getByRole("link", { name: "Priya Shah" }).getAttribute("href");
  expect(priyaHref).toMatch(/^\/clients\/[0-9a-f-]{36}$/);
  await staff.close();

  // …and Jordan, a client, gets not-found for it and for the staff list.
  const page = await browser.newPage();
  await signIn(page, demo.jordan);
  await expect(page.getByRole("heading", { name: /Hello, Jordan/ })).toBeVisible();
  for (const path of ["/clients", priyaHref!]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Priya")).toHaveCount(0);
  }
  await page.close();
});
