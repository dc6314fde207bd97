import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, inWords, phone, signIn, weekdayAhead } from "./fixtures";

test("a client books a follow-up on a phone, sees it coming up and cancels it", async ({ browser }) => {
  test.setTimeout(90_000);
  // Two and a half weeks ahead: a day no other journey books.
  const day = weekdayAhead(17);
  const words = inWords(day);
  const page = await (await browser.newContext(phone)).newPage();
  await signIn(page, demo.jordan);
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Appointments" }).click();
  await expect(page.getByRole("heading", { name: "Your appointments" })).toBeVisible();
  const practice = page.getByRole("region", { name: "Your practice" });
  await expect(practice).toContainText("12 River Walk, London SE1 9AA");
  await expect(practice.getByRole("link", { name: "+44 20 7946 0000" })).toHaveAttribute("href", /^tel:/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Book an appointment" }).click();
  await expect(page.getByRole("heading", { name: "Book an appointment" })).toBeVisible();
  const find = page.getByRole("form", { name: "Find a time" });
  await find.getByRole("radio", { name: /^Follow-up/ }).check();
  // Their own therapist is offered first.
  await expect(
    find.getByLabel("Therapist").getByRole("option", { name: "Maya Torres", selected: true }),
  ).toBeAttached();
  await find.getByLabel("Day").fill(day);
  await find.getByRole("button", { name: "Show free times" }).click();
  const times = page.getByRole("region", { name: `Free times on ${inWords(day, true)}` });
  await expect(times).toContainText("Follow-up (30 minutes · £40) with Maya Torres");
  await expectNoAxeViolations(page);

  await times.getByRole("button", { name: `Book 14:00 on ${words}` }).click();
  await expect(page.getByRole("status")).toHaveText("You're booked. We've emailed you a confirmation.");
  const comingUp = page.getByRole("region", { name: "Coming up" });
  const followUp = comingUp.getByRole("listitem").filter({ hasText: `${words} at 14:00` });
  await expect(followUp).toContainText("Follow-up with Maya Torres");
  await expectNoAxeViolations(page);

  await followUp.getByText(`Cancel Follow-up on ${words} at 14:00`).click();
  await followUp
    .getByRole("button", { name: new RegExp(`^Yes, cancel it\\W+Follow-up on ${words} at 14:00$`) })
    .click();
  await expect(page.getByRole("status")).toHaveText("Your appointment is cancelled. We've emailed you a confirmation.");
  await expect(comingUp.getByRole("listitem").filter({ hasText: `${words} at 14:00` })).toHaveCount(0);
  await expect(
    page
      .getByRole("region", { name: "Past and cancelled" })
      .getByRole("listitem")
      .filter({ hasText: `${inWords(day, true)} at 14:00` }),
  ).toContainText("Follow-up with Maya Torres · Cancelled");
  await expectNoAxeViolations(page);
});
