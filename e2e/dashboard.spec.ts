import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, signIn } from "./fixtures";

test("a therapist starts on Today, sees what needs attention and follows a stop flag to the record", async ({
  page,
}) => {
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Mei Chen is Maya's own client, so she is marked as such; Yuki Tanaka is Sam's.
  const flags = page.getByRole("region", { name: /Stop flags awaiting clearance/ });
  const mei = flags.getByRole("listitem").filter({ hasText: "Mei Chen" });
  await expect(mei).toContainText("your client");
  await expect(mei).toContainText("Suspected deep vein thrombosis");
  await expect(flags.getByRole("listitem").filter({ hasText: "Yuki Tanaka" })).not.toContainText("your client");
  await expect(page.getByRole("region", { name: /No consent to treatment on file/ })).toContainText("Hannah Fischer");

  await mei.getByRole("link", { name: "Mei Chen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mei Chen" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Contraindication flags", exact: true })).toContainText(
    "Suspected deep vein thrombosis",
  );
});

test("the front desk's Today has the day's appointments and callbacks and no clinical list", async ({ page }) => {
  await signIn(page, demo.frontDesk);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Today's appointments/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Callback requests/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Stop flags/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /No consent/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
