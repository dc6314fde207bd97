import { expect, test } from "./support/page-checks";
import { answerScreen, createClient } from "./clinical";
import { demo, signIn } from "./fixtures";

test("suspected DVT opens a stop flag that every client page shows until a clearance is recorded", async ({ page }) => {
  test.setTimeout(90_000);
  page.on("dialog", () => {
    throw new Error("A dialog opened: typed text was executed");
  });
  await signIn(page, demo.sam);
  await createClient(page, "Dev", "Thrombo");
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  await page.getByLabel("Chief complaint").fill('Sudden calf pain <script>alert("x")</script>');
  await page.getByLabel("Pain site 1").fill("Left calf");
  await page.getByRole("group", { name: "Side of pain site 1" }).getByLabel("Left").check();
  await page.getByLabel("Pain now (0–10, NPRS)").selectOption("8");
  await page.getByRole("button", { name: "Save intake" }).click();
  await expect(page.getByText('Sudden calf pain <script>alert("x")</script>')).toBeVisible();

  await answerScreen(page, { "deep vein thrombosis": "Yes" });
  const banner = page.getByRole("region", { name: "Open contraindication flags" });
  await expect(banner).toContainText("Stop and refer");
  await expect(banner).toContainText("Suspected deep vein thrombosis");
  await expect(banner).toContainText("All massage and self-massage; the home plan cannot be activated");

  for (const link of ["Overview", "Edit details", "New intake"]) {
    await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: link }).click();
    await expect(banner).toContainText("Suspected deep vein thrombosis");
  }

  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  const flag = page.getByRole("article", { name: "Stop and refer: Suspected deep vein thrombosis" });
  await flag.getByText("Record referral").click();
  const referral = flag.getByRole("form", { name: "Referral for Suspected deep vein thrombosis" });
  await referral.getByLabel("Referred to").fill("GP, same day");
  await referral.getByLabel("Referral date").fill("2026-11-20");
  await referral.getByRole("button", { name: "Save referral" }).click();
  await expect(banner).toContainText("Referred to GP, same day on 20 Nov 2026");

  await flag.getByText("Record clearance").click();
  const clearance = flag.getByRole("form", { name: "Clearance for Suspected deep vein thrombosis" });
  await clearance.getByRole("button", { name: "Save clearance" }).click();
  await expect(clearance.getByText("Enter cleared by.")).toBeVisible();
  await clearance.getByLabel("Cleared by").fill("Dr Rao, GP");
  await clearance.getByLabel("Clearance date").fill("2026-11-21");
  await clearance.getByLabel("Clearance note").fill("Ultrasound negative for DVT");
  await clearance.getByRole("button", { name: "Save clearance" }).click();
  // The flag's card goes with its form; the page still says what happened (issue 13, bug 11).
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Suspected deep vein thrombosis: Clearance recorded; the flag is closed." }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Open contraindication flags" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("Cleared by Dr Rao, GP on 21 Nov 2026");
});
