import { expect, type Page } from "@playwright/test";

/** Steps of the clinical journeys, written as a therapist would do them. */
export async function createClient(page: Page, given: string, family: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients", exact: true }).click();
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill(family);
  await page.getByLabel("Date of birth").fill("1985-06-15");
  await page.getByLabel("Primary therapist").selectOption({ label: "Maya Torres" });
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${given} ${family}` })).toBeVisible();
}

export async function recordHikerIntake(page: Page) {
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  await page.getByLabel("Chief complaint").fill("Pain at the back of the left knee, worse walking downhill");
  await page.getByLabel("Pain site 1").fill("Back of the knee");
  await page.getByRole("group", { name: "Side of pain site 1" }).getByLabel("Left").check();
  await page.getByLabel("Duration").fill("6 weeks");
  await page.getByLabel("What aggravates it").fill("Hiking downhill, stairs down");
  await page.getByLabel("Pain now (0–10, NPRS)").selectOption("6");
  await page.getByLabel("Activity 1", { exact: true }).fill("Hiking downhill");
  await page.getByLabel("Activity 1 score").selectOption("3");
  await page.getByRole("checkbox", { name: "Hiking downhill" }).check();
  await page.getByLabel("Hiking downhill: How often").fill("Every weekend");
  await page.getByRole("checkbox", { name: "Wearing high heels" }).check();
  await page.getByRole("button", { name: "Save intake" }).click();
  await expect(page.getByRole("heading", { name: /^Intake of/ })).toBeVisible();
}

/** Answers every question "no" except those named, which get `answer`. */
export async function answerScreen(page: Page, overrides: Record<string, "Yes" | "No" | "Unknown">) {
  const screen = page.getByRole("form", { name: "Contraindication screen" });
  for (const group of await screen.getByRole("group").all()) {
    const name = (await group.getAttribute("aria-label")) ?? (await group.locator("legend").innerText());
    const override = Object.entries(overrides).find(([condition]) => name.includes(condition));
    await group.getByLabel(override ? override[1] : "No", { exact: true }).check();
  }
  await screen.getByRole("button", { name: "Record screen" }).click();
}

/** Records a finding from the list that mirrors the body map, with the keyboard only. */
export async function recordFindingByKeyboard(page: Page, region: string, tenderness: string) {
  const entry = page.getByRole("button", { name: new RegExp(`^${region}`) });
  await entry.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Finding: ${region}` })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Tenderness (0–10)")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(tenderness);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // first radio: Active
  await expect(page.getByRole("radio", { name: "Active" })).toBeChecked();
  await page.keyboard.press("Tab");
  const reproduces = page.getByRole("checkbox", { name: "Pressure reproduces the client's pain" });
  await expect(reproduces).toBeFocused();
  if (!(await reproduces.isChecked())) await page.keyboard.press("Space"); // re-measuring keeps an earlier tick
  await expect(reproduces).toBeChecked();
  await page.keyboard.press("Tab"); // notes
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save finding" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Finding saved." })).toBeVisible();
  await expect(entry).toContainText(`tenderness ${tenderness}`);
}
