import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, findClient, openSection, phone, signIn } from "./fixtures";

/** The choices the journey taps, by their labels on the screen. */
type Choice = "No difficulty" | "A little bit of difficulty" | "Moderate difficulty";

/** Fills the LEFS from where it stands (the start, or where the client left off), a screen a question; finishes it. */
async function fillLefs(phonePage: Page, answerFor: (item: number) => Choice) {
  await phonePage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questionnaires" }).click();
  await phonePage.getByRole("link", { name: /(Start|Continue|Fill in) the LEFS/ }).click();
  const heading = phonePage.getByRole("heading", { name: /^Question \d+ of 20$/ });
  const start = Number((await heading.textContent())!.match(/Question (\d+)/)![1]);
  for (let item = start; item <= 20; item++) {
    await expect(phonePage.getByRole("heading", { name: `Question ${item} of 20` })).toBeVisible();
    const question = phonePage.getByRole("form", { name: `Question ${item} of 20` });
    // One question a screen: only this one's five choices are on the page.
    await expect(phonePage.getByRole("radio")).toHaveCount(5);
    await question.getByRole("radio", { name: answerFor(item), exact: true }).check();
    await question.getByRole("button", { name: item < 20 ? "Next" : "Save and review" }).click();
  }
  await expect(phonePage.getByRole("heading", { name: "Review" })).toBeVisible();
  await phonePage.getByRole("button", { name: "Finish and see my score" }).click();
  const thanks = phonePage.getByRole("status").filter({ hasText: "Your LEFS score is" });
  await expect(thanks).toBeVisible();
  return Number((await thanks.textContent())!.match(/score is (\d+) of 80/)![1]);
}

test("a client fills the LEFS on a phone one question a screen, resuming after a reload; the therapist sees the score and, after a second LEFS 10 points higher, the clinically important change", async ({
  browser,
  page,
}) => {
  // Two LEFS of 20 screens each, every page validated as it loads: more than the usual minute.
  test.setTimeout(120_000);
  const client = await browser.newContext(phone);
  const phonePage = await client.newPage();
  await signIn(phonePage, demo.priya);
  await expect(phonePage.getByRole("heading", { name: /Hello, Priya/ })).toBeVisible();

  // The first LEFS: 3 points on items 1-10 and 2 on 11-20 (50), stopping after question 4 and reloading.
  await phonePage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Questionnaires" }).click();
  await expect(phonePage.getByRole("heading", { level: 1, name: "Questionnaires" })).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await phonePage.getByRole("link", { name: "Start the LEFS" }).click();
  for (let item = 1; item <= 4; item++) {
    const question = phonePage.getByRole("form", { name: `Question ${item} of 20` });
    await question.getByRole("radio", { name: "A little bit of difficulty", exact: true }).check();
    await question.getByRole("button", { name: "Next" }).click();
    await expect(phonePage.getByRole("heading", { name: `Question ${item + 1} of 20` })).toBeVisible();
  }
  await expect(phonePage.getByText("Putting on your shoes or socks")).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await phonePage.reload();
  await expect(phonePage.getByRole("heading", { name: "Question 5 of 20" })).toBeVisible();
  await expect(phonePage.getByText("Putting on your shoes or socks")).toBeVisible();
  // Back one screen: the saved answer is there.
  await phonePage.getByRole("link", { name: "Previous question" }).click();
  await expect(
    phonePage
      .getByRole("form", { name: "Question 4 of 20" })
      .getByRole("radio", { name: "A little bit of difficulty", exact: true }),
  ).toBeChecked();
  // Choosing nothing is refused with a message tied to the question; nothing moves on.
  await phonePage.goto("/portal/outcomes/lefs");
  const fifth = phonePage.getByRole("form", { name: "Question 5 of 20" });
  await fifth.getByRole("button", { name: "Next" }).click();
  await expect(fifth.getByText("Choose one answer, or skip this question.")).toBeVisible();
  await expect(fifth.getByRole("group")).toHaveAttribute("aria-invalid", "true");

  const first = await fillLefs(phonePage, (item) =>
    item <= 10 ? "A little bit of difficulty" : "Moderate difficulty",
  );
  expect(first).toBe(50);

  // The therapist sees the score on the client's page.
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Priya");
  await page.getByRole("link", { name: "Priya Shah" }).click();
  const lefsTable = page.getByRole("table", { name: /Lower Extremity Functional Scale/ });
  await expect(lefsTable.getByRole("row").last()).toContainText("50");
  await expect(lefsTable.getByText("Clinically important improvement")).toHaveCount(0);

  // A second LEFS, 10 points higher: items 1-10 "No difficulty" (4) → 60.
  const second = await fillLefs(phonePage, (item) => (item <= 10 ? "No difficulty" : "Moderate difficulty"));
  expect(second).toBe(60);

  await page.reload();
  const lastRow = lefsTable.getByRole("row").last();
  await expect(lastRow).toContainText("60");
  await expect(lastRow).toContainText("+10");
  await expect(lastRow.getByText("Clinically important improvement", { exact: true })).toBeVisible();
  await expect(lastRow).toContainText("at or past the 9-point threshold");
  await expect(page.getByText(/A change of 9 points or more is more than measurement error/)).toBeVisible();

  // The client sees the same mark on Progress.
  await phonePage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  const clientTable = phonePage.getByRole("table", { name: /Lower Extremity Functional Scale/ });
  await expect(clientTable.getByRole("row").last().getByText("Clinically important improvement")).toBeVisible();
  await expectNoAxeViolations(phonePage);
  await client.close();
});

test("a therapist records pain in the clinic on the client's page: a missing score is named, a recorded one joins the trend", async ({
  page,
}) => {
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Jordan");
  await page.getByRole("link", { name: "Jordan Lee" }).click();
  const outcomes = page.getByRole("region", { name: "Outcome measures" });
  // Jordan's demo LEFS at intake is the baseline of its series.
  await expect(outcomes.getByRole("table", { name: /Lower Extremity Functional Scale/ })).toContainText(
    "First (baseline)",
  );
  await outcomes.getByRole("link", { name: "Record outcome measures" }).click();
  await expect(page.getByRole("heading", { name: "Record outcome measures" })).toBeVisible();
  await expectNoAxeViolations(page);

  const nprs = page.getByRole("form", { name: "Record NPRS" });
  await nprs.getByRole("button", { name: "Record NPRS" }).click();
  const painNow = nprs.getByLabel("Pain now (0 none – 10 worst imaginable)");
  await expect(painNow).toHaveAttribute("aria-invalid", "true");
  await expect(nprs.getByText("Pain now must be a whole number from 0 to 10.")).toBeVisible();
  await painNow.selectOption("3");
  await nprs.getByRole("button", { name: "Record NPRS" }).click();
  await expect(nprs.getByRole("status")).toHaveText("NPRS recorded: 3.");

  await page.getByRole("link", { name: "Back to the client's outcome measures" }).click();
  const painRows = page.getByRole("table", { name: /Pain rating/ }).getByRole("row");
  await expect(painRows.last()).toContainText("-3");
  await expect(painRows.last().getByText("Clinically important improvement", { exact: true })).toBeVisible();
});
