import { expect, test } from "./support/page-checks";
import {
  answerScreen,
  createClient,
  muscleEntry,
  recordConsentInClinic,
  recordFindingByKeyboard,
  recordHikerIntake,
} from "./clinical";
import { demo, expectNoAxeViolations, signIn } from "./fixtures";

test("a therapist charts a hiker's first visit, and a second visit re-measures the popliteus", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.maya);
  await createClient(page, "Hana", "Hill");
  await recordConsentInClinic(page, "Hana Hill");
  await recordHikerIntake(page);

  const suggested = page.getByRole("region", { name: "Suggested muscles to examine" });
  await expect(suggested.getByText("Gastrocnemius", { exact: true })).toBeVisible();
  await expect(suggested.getByText("Popliteus", { exact: true })).toBeVisible();

  await expectNoAxeViolations(page);
  await recordFindingByKeyboard(page, "Popliteus, left", "7");
  await recordFindingByKeyboard(page, "Gastrocnemius, left", "5");

  await answerScreen(page, { "Varicose veins": "Yes", "deep vein thrombosis": "No" });
  const flags = page.getByRole("region", { name: "Open contraindication flags" });
  await expect(flags).toContainText("Caution");
  await expect(flags).toContainText("Varicose veins");
  await expect(flags).toContainText("Deep or direct pressure over the veins");
  await expect(flags).not.toContainText("deep vein thrombosis");

  // First session: findings start from the intake's; sign after re-asking the screen.
  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  await expect(muscleEntry(page, "Popliteus, left")).toContainText("Active TrP, tenderness 7/10");
  await page.getByLabel("Subjective").fill("Knee sore after the weekend hike.");
  await page.getByLabel("Assessment").fill("Active popliteus trigger point on the left.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Re-ask the contraindication screen" })).toBeVisible();
  await answerScreen(page, { "Varicose veins": "Yes" });
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Second session: re-measure the popliteus.
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await page.getByRole("link", { name: /^Intake of/ }).click();
  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  await recordFindingByKeyboard(page, "Popliteus, left", "4");
  await page.getByLabel("Subjective").fill("Downhill walking easier.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await answerScreen(page, { "Varicose veins": "Yes" });
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();

  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  const trends = page.getByRole("table", { name: "Tenderness per muscle across visits (0–10)" });
  await expect(trends.getByRole("row", { name: /Popliteus, left/ })).toContainText("7 → 7 → 4");
  await expectNoAxeViolations(page);
  await expect(trends.getByRole("row", { name: /Gastrocnemius, left/ })).toContainText("5 → 5 → 5");
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("listitem")).toHaveText([
    /Intake: Pain at the back/,
    /Flag opened — Caution: Varicose veins/,
    /Session of .* \(signed\)/,
    /Session of .* \(signed\)/,
  ]);
});
