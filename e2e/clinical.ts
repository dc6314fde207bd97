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
  await expect(muscleEntry(page, region)).toContainText(`Active TrP, tenderness ${tenderness}/10`);
}

/** A muscle's entry in the list beside the body map: its name (a button when editable) and its state. */
export const muscleEntry = (page: Page, region: string) =>
  page.getByRole("listitem").filter({ has: page.getByText(region, { exact: true }) });

/** Records the client's consent to treatment in the clinic, from any page of the client. */
export async function recordConsentInClinic(page: Page, typedName: string) {
  const flag = page.getByRole("region", { name: "No consent to treatment on file" });
  await flag.getByRole("link", { name: "record consent in the clinic" }).click();
  await page.getByLabel("Client types their full name").fill(typedName);
  await page.getByLabel("The client has read the treatment information and consents to treatment.").check();
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(flag).toHaveCount(0);
  await expect(page.getByText(`Given by “${typedName}” on`)).toBeVisible();
}
