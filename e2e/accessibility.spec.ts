import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations as expectNoViolations, findClient, openSection, signIn } from "./fixtures";

test("sign-in, today, clients, new client, client, new intake and portal pages have no axe violations", async ({
  page,
}) => {
  // Seven pages, each scanned by axe: on a shared 2-core machine that outgrows the default 30 s.
  test.setTimeout(120_000);
  await page.goto("/sign-in");
  await expectNoViolations(page);

  await signIn(page, demo.admin);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expectNoViolations(page);
  await openSection(page, "Clients");
  await expectNoViolations(page);
  await page.getByRole("link", { name: "New client" }).click();
  await expect(page.getByRole("heading", { name: "New client" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Clients", exact: true }).click();
  await findClient(page, "Novak");
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

test("the worked example's record, plan, print view, library and outbox have no axe violations", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Jordan");
  await page.getByRole("link", { name: "Jordan Lee" }).click();
  await expect(page.getByRole("heading", { name: "Jordan Lee" })).toBeVisible();
  // Timeline, findings across visits, flags, plan, pain chart and adherence all on one page.
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Home plan version 1 published by");
  await expectNoViolations(page);

  await page
    .getByRole("link", { name: /^Plan of / })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /plan/i }).first()).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: /print/i }).first().click();
  await expect(page.getByText(/Version 1/).first()).toBeVisible();
  await expectNoViolations(page);

  await page.goto("/library");
  await expect(page.getByRole("heading", { name: /library/i }).first()).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Calf stretch" }).click();
  await expect(page.getByRole("heading", { name: "Calf stretch", level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.goto("/library/new");
  await expectNoViolations(page);

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await expectNoViolations(page);
});

test("the worked example's portal pages have no axe violations", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.jordan);
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
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
