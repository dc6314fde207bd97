import { expect, test } from "./support/page-checks";
import { answerScreen, createClient, recordConsentInClinic, recordHikerIntake } from "./clinical";
import { demo, signIn } from "./fixtures";

// Issue 13, bug 1: a draft saved with "A", edited on screen, then signed, was signed with "A".
test("signing a note signs the text on screen, including edits made after the last draft save", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.maya);
  await createClient(page, "Siggy", "Signer");
  await recordConsentInClinic(page, "Siggy Signer");
  await recordHikerIntake(page);
  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  await page.getByLabel("Subjective").fill("A");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await answerScreen(page, {});

  await page.getByLabel("Subjective").fill("A + numbness on top of the right foot");
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Session of/ })).toContainText(
    "A + numbness on top of the right foot",
  );
  await page.reload();
  await expect(page.getByRole("region", { name: /^Session of/ })).toContainText(
    "A + numbness on top of the right foot",
  );
});
