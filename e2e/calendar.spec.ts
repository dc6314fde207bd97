import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, findClient, inWords, openSection, signIn, weekdayAhead } from "./fixtures";

/** From the calendar: find the client, then a follow-up with Maya on `day`; the free times are shown. */
async function newFollowUpWithMaya(page: Page, search: string, client: string, day: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { name: "Calendar" })).toBeVisible();
  await page.getByRole("link", { name: "New appointment" }).click();
  await expect(page.getByRole("heading", { name: "New appointment", exact: true })).toBeVisible();
  const find = page.getByRole("search", { name: "Find a client" });
  await find.getByLabel("Find a client").fill(search);
  await find.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: client }).click();
  await expect(page.getByRole("heading", { name: `New appointment for ${client}` })).toBeVisible();
  const choice = page.getByRole("form", { name: "Type, therapist and day" });
  await choice.getByLabel("Appointment type").selectOption({ label: "Follow-up (30 min)" });
  await choice.getByLabel("Therapist").selectOption({ label: "Maya Torres" });
  await choice.getByLabel("Day").fill(day);
  await choice.getByRole("button", { name: "Show free times" }).click();
  const booking = page.getByRole("form", { name: "Book follow-up" });
  await expect(booking.getByRole("heading", { name: `Free times on ${inWords(day, true)}` })).toBeVisible();
  return booking;
}

test("a therapist books a follow-up, is told of a clash, books a free time instead and moves it", async ({ page }) => {
  test.setTimeout(120_000);
  // Ten days ahead: a day no other journey books.
  const day = weekdayAhead(10);
  const words = inWords(day, true);
  await signIn(page, demo.maya);

  let booking = await newFollowUpWithMaya(page, "Priya", "Priya Shah", day);
  await booking.getByRole("button", { name: "14:00 with Maya Torres" }).click();
  await expect(booking.getByLabel("Start time")).toHaveValue("14:00");
  await booking.getByRole("button", { name: "Book follow-up" }).click();
  await expect(page.getByRole("heading", { name: "Follow-up for Priya Shah" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Appointment booked. The client has been emailed a confirmation.");

  // Alex at the very same time: the clash is named next to the time, and nothing is booked.
  booking = await newFollowUpWithMaya(page, "Novak", "Alex Novak", day);
  await expect(booking.getByRole("button", { name: "14:00 with Maya Torres" })).toHaveCount(0);
  await booking.getByLabel("Start time").fill("14:00");
  await booking.getByRole("button", { name: "Book follow-up" }).click();
  const clash = "Maya Torres already has an appointment then; choose another time.";
  await expect(booking.getByLabel("Start time")).toHaveAccessibleDescription(new RegExp(clash));
  await expect(booking.getByText(clash)).toBeVisible();
  await expect(page.getByRole("heading", { name: "New appointment for Alex Novak" })).toBeVisible();

  await booking.getByRole("button", { name: "15:00 with Maya Torres" }).click();
  await booking.getByRole("button", { name: "Book follow-up" }).click();
  await expect(page.getByRole("heading", { name: "Follow-up for Alex Novak" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Appointment booked. The client has been emailed a confirmation.");
  const details = page.getByRole("region", { name: "Details", exact: true });
  await expect(details).toContainText(`${words}, 15:00–15:30`);

  // Alex asks for later that afternoon.
  const move = page.getByRole("form", { name: "Move appointment" });
  await expect(move.getByRole("heading", { name: `Free times on ${words}` })).toBeVisible();
  await move.getByRole("button", { name: "16:00 with Maya Torres" }).click();
  await move.getByRole("button", { name: "Move appointment" }).click();
  await expect(page.getByRole("status")).toHaveText("Appointment moved. The client has been emailed the new time.");
  await expect(details).toContainText(`${words}, 16:00–16:30`);

  await page.getByRole("link", { name: `Calendar, ${inWords(day)}` }).click();
  const dayView = page.getByRole("region", { name: `${words}: Maya Torres` });
  await expect(dayView.getByRole("link", { name: "14:00–14:30 Priya Shah, Follow-up with Maya Torres" })).toBeVisible();
  await expect(dayView.getByRole("link", { name: "16:00–16:30 Alex Novak, Follow-up with Maya Torres" })).toBeVisible();
  await expect(dayView.getByRole("link", { name: /Alex Novak/ })).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page
    .getByRole("navigation", { name: "Calendar view" })
    .getByRole("link", { name: "Week", exact: true })
    .click();
  const week = page.getByRole("region", { name: /^Week of .*: Maya Torres$/ });
  await expect(week.getByRole("columnheader", { name: inWords(day) })).toBeVisible();
  await expect(week.getByRole("link", { name: "16:00–16:30 Alex Novak, Follow-up with Maya Torres" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the front desk works the calendar and contact details but gets not-found on the clinical record", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  // A therapist knows where Jordan's record and intake live…
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Jordan");
  await page.getByRole("table", { name: "Clients of the practice" }).getByRole("link", { name: "Jordan Lee" }).click();
  await expect(page.getByRole("heading", { name: "Jordan Lee", level: 1 })).toBeVisible();
  const record = new URL(page.url()).pathname;
  const intake = await page
    .getByRole("region", { name: "Episodes of care" })
    .getByRole("link", { name: /^Intake of/ })
    .first()
    .getAttribute("href");
  expect(intake).toMatch(/^\/clients\/[0-9a-f-]{36}\/intakes\/[0-9a-f-]{36}$/);

  // …the front desk starts on today's page, opens the calendar and finds Jordan's follow-up
  // (seeded: 10:00 with Maya, the first weekday three days ahead).
  const desk = await browser.newPage();
  await signIn(desk, demo.frontDesk);
  await expect(desk).toHaveURL(/\/dashboard$/);
  await openSection(desk, "Calendar");
  const day = weekdayAhead(3);
  const show = desk.getByRole("form", { name: "Show a date and therapist" });
  await show.getByLabel("Date").fill(day);
  await show.getByLabel("Therapist").selectOption({ label: "Everyone" });
  await show.getByRole("button", { name: "Show" }).click();
  const dayView = desk.getByRole("region", { name: `${inWords(day, true)}: everyone` });
  await expect(dayView.getByRole("columnheader", { name: "Maya Torres" })).toBeVisible();
  await expect(dayView.getByRole("columnheader", { name: "Sam Okafor" })).toBeVisible();
  await dayView.getByRole("link", { name: "10:00–10:30 Jordan Lee, Follow-up with Maya Torres" }).click();
  await expect(desk.getByRole("heading", { name: "Follow-up for Jordan Lee" })).toBeVisible();

  const details = desk.getByRole("region", { name: "Details", exact: true });
  await expect(details).toContainText("(contact details)");
  await details.getByRole("link", { name: "Jordan Lee", exact: true }).click();
  await expect(desk.getByRole("heading", { name: "Edit details" })).toBeVisible();
  await expect(desk.getByLabel("Email")).toHaveValue(demo.jordan);
  await expect(desk.getByLabel("Phone")).toHaveValue("+44 7700 900101");
  const clientNav = desk.getByRole("navigation", { name: "Client" });
  await expect(clientNav.getByRole("link", { name: "Book an appointment" })).toBeVisible();
  await expect(clientNav.getByRole("link", { name: "Overview" })).toHaveCount(0);

  for (const path of [intake!, record]) {
    const response = await desk.goto(path);
    expect(response?.status()).toBe(404);
    await expect(desk.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(desk.getByText("Pain at the back of")).toHaveCount(0);
  }
  await desk.close();
});
