import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { answerScreen, createClient, muscleEntry, recordConsentInClinic, recordHikerIntake } from "./clinical";
import { demo, expectNoAxeViolations, phone, signIn } from "./fixtures";

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
/** The answer checked in one question of the screen form. */
const screenQuestion = (page: Page, condition: string) =>
  page.getByRole("form", { name: "Contraindication screen" }).getByRole("group").filter({ hasText: condition });

// Issue 13, bug 6: changing one answer at a re-screen meant answering all nine again.
test("a re-screen starts from the latest answers, marks the one changed and says so when recorded", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.maya);
  await createClient(page, "Remy", "Rescreen");
  await recordHikerIntake(page);
  await answerScreen(page, { "Varicose veins": "Yes" });
  await expect(page.getByRole("status").filter({ hasText: "Screen recorded." })).toBeVisible();

  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  const form = page.getByRole("form", { name: "Contraindication screen" });
  await expect(form).toContainText("Answers filled in from the screen of");
  await expect(screenQuestion(page, "Varicose veins").getByLabel("Yes", { exact: true })).toBeChecked();
  await expect(screenQuestion(page, "deep vein thrombosis").getByLabel("No", { exact: true })).toBeChecked();
  await expect(form.getByLabel("Note on varicose veins")).toHaveValue("");
  await expect(form.getByText(/^Changed:/)).toHaveCount(0);

  // One answer changed, and "unknown" still counts as yes: it opens the flag.
  const cyst = screenQuestion(page, "Baker's cyst");
  await cyst.getByLabel("Unknown", { exact: true }).check();
  await expect(form.getByText(/^Changed:/)).toHaveCount(1);
  await expect(form.getByText("Changed: the last screen said “No”.")).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByRole("button", { name: "Record screen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Screen recorded." })).toContainText(
    "Changed since the last screen: Baker's cyst (No → Unknown).",
  );
  await expect(page.getByRole("region", { name: "Open contraindication flags" })).toContainText("Baker's cyst");
});

// Issue 13, bug 7: fifteen activity rows of two inputs each, labels repeating the activity's name.
test("the intake's activity causes show how often and details only for the activities ticked", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.maya);
  await createClient(page, "Ivy", "Intake");
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  const causes = page.getByRole("group", { name: "Activity causes" });
  await expect(causes.getByRole("checkbox")).toHaveCount(15);
  await expect(causes.getByRole("textbox")).toHaveCount(0);

  await causes.getByRole("checkbox", { name: "Hiking downhill" }).check();
  await expect(causes.getByRole("textbox")).toHaveCount(2);
  const often = causes.getByRole("textbox", { name: "Hiking downhill: How often" });
  await expect(often).toBeVisible();
  await expect(causes.getByText(/frequency/i)).toHaveCount(0);
  await often.fill("Every weekend");
  await causes.getByRole("textbox", { name: "Hiking downhill: Details" }).fill("Steep descents");
  await causes.getByRole("checkbox", { name: "Wearing high heels" }).check();
  await expect(causes.getByRole("textbox")).toHaveCount(4);
  await causes.getByRole("checkbox", { name: "Wearing high heels" }).uncheck();
  await expect(causes.getByRole("textbox")).toHaveCount(2);
  await expectNoAxeViolations(page);

  await page.getByLabel("Chief complaint").fill("Back of the left knee");
  await page.getByLabel("Pain site 1").fill("Back of the knee");
  await page.getByRole("group", { name: "Side of pain site 1" }).getByLabel("Left").check();
  await page.getByLabel("Pain now (0–10, NPRS)").selectOption("5");
  await page.getByRole("button", { name: "Save intake" }).click();
  await expect(page.getByRole("heading", { name: /^Intake of/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Intake of/ })).toContainText(
    "Hiking downhill — Every weekend — Steep descents",
  );
  await expect(page.getByRole("region", { name: /^Intake of/ })).not.toContainText("high heels");
});

// Issue 13, bug 8: list entries looked like checkboxes; at 390 px the drawing was tiny and names overflowed.
test.describe("on a phone", () => {
  test.use(phone);

  test("the body map lists muscles with their state and draws one larger view at a time", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, demo.maya);
    await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
    await page.goto("/clients/new");
    await page.getByLabel("Given name").fill("Bo");
    await page.getByLabel("Family name").fill("Bodymap");
    await page.getByRole("button", { name: "Create client" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bo Bodymap" })).toBeVisible();
    await recordHikerIntake(page);

    const popliteus = muscleEntry(page, "Popliteus, left");
    await expect(popliteus).toContainText("Not examined");
    await expect(popliteus.getByRole("button", { name: "Popliteus, left" })).toBeVisible();
    await expect(popliteus.getByRole("checkbox")).toHaveCount(0);
    await expect(muscleEntry(page, "Tensor fasciae latae, right")).toContainText("Not examined");

    // One view at a time, most of the phone's width, with a switch.
    const views = page.getByRole("group", { name: "Drawing of the legs" });
    await expect(views.getByRole("button", { name: "Back" })).toHaveAttribute("aria-pressed", "true");
    const drawing = page.locator("svg:visible").filter({ has: page.locator("text", { hasText: "Back" }) });
    expect((await drawing.boundingBox())!.width).toBeGreaterThanOrEqual(240);
    await views.getByRole("button", { name: "Front" }).click();
    await expect(views.getByRole("button", { name: "Front" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("svg:visible").filter({ has: page.locator("text", { hasText: "Front" }) })).toHaveCount(
      1,
    );

    await popliteus.getByRole("button", { name: "Popliteus, left" }).click();
    await expect(page.getByRole("heading", { name: "Finding: Popliteus, left" })).toBeFocused();
    await page.getByLabel("Tenderness (0–10)").fill("7");
    await page.getByRole("radio", { name: "Active" }).check();
    await page.getByRole("button", { name: "Save finding" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Finding saved." })).toBeVisible();
    await expect(popliteus).toContainText("Active TrP, tenderness 7/10");

    // Long names wrap in their cards: nothing scrolls sideways.
    const card = await muscleEntry(page, "Tensor fasciae latae, right").boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(390);
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Start a session" }).click();
    await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bo Bodymap" })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
  });
});

// Issue 13, bug 10: "Session of 2026-11-22" and onset "2026-09-30" sat beside "15 Nov 2026".
test("every date a page shows is written one way, '1 Oct 2026', never yyyy-mm-dd", async ({ page }) => {
  test.setTimeout(120_000);
  const iso = /\b\d{4}-\d{2}-\d{2}\b/;
  const oneFormat = /\b\d{1,2} [A-Z][a-z]{2,3} \d{4}\b/;
  await signIn(page, demo.maya);
  await createClient(page, "Dara", "Dates");
  await recordConsentInClinic(page, "Dara Dates");
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  await page.getByLabel("Chief complaint").fill("Calf tightness");
  await page.getByLabel("Pain site 1").fill("Calf");
  await page.getByRole("group", { name: "Side of pain site 1" }).getByLabel("Right").check();
  await page.getByLabel("Onset date").fill("2026-10-01");
  await page.getByLabel("Pain now (0–10, NPRS)").selectOption("4");
  await page.getByRole("button", { name: "Save intake" }).click();
  await expect(page.getByRole("heading", { name: /^Intake of/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Intake of/ })).toContainText("1 Oct 2026");
  expect(await page.locator("main").innerText()).not.toMatch(iso);

  await page.getByRole("button", { name: "Start a session" }).click();
  const heading = page.getByRole("heading", { name: /— draft$/ });
  await expect(heading).toHaveText(new RegExp(`^Session of ${oneFormat.source} — draft$`));
  expect(await page.locator("main").innerText()).not.toMatch(iso);
  await page.getByLabel("Subjective").fill("Calf easier.");
  await answerScreen(page, {});
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();

  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(timeline.getByRole("link", { name: /^Session of/ })).toHaveText(
    new RegExp(`^Session of ${oneFormat.source}$`),
  );
  expect(await page.locator("main").innerText()).not.toMatch(iso);
});
