import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, signIn } from "./fixtures";

// The demo practice's passwords are public: while it exists, every page says so.
test("every page warns that this is the demo practice, before and after signing in", async ({ page }) => {
  const banner = page.getByRole("complementary", { name: "Demo practice" });
  for (const path of ["/sign-in", "/book/riverside"]) {
    await page.goto(path);
    await expect(banner).toContainText("Demo practice — do not enter real data.");
  }
  await signIn(page, demo.maya);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(banner).toContainText("do not enter real data");
  await expectNoAxeViolations(page);
});
