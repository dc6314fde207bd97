import type { Browser, Locator, Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import {
  demo,
  expectNoAxeViolations,
  inWords,
  linkInEmail,
  openSection,
  phone,
  signIn,
  weekdayAhead,
} from "./fixtures";

const PRACTICE_PHONE = "+44 20 7946 0000";
const MANAGE_LINK = /\/book\/manage\/[\w.-]+/;

/** The four pre-screen questions, as a visitor reads them before booking. */
const SAFETY_QUESTIONS = {
  calf: "Do you have sudden swelling, warmth, redness or tenderness in one calf?",
  injury:
    "Have you recently injured your leg with a pop, or can you not put weight on it, or does the knee lock or give way?",
  nerves: "Do you have numbness, tingling or weakness spreading down your leg?",
  fever: "Do you have a fever together with a hot, swollen joint?",
};

/** Starts every 15 minutes from `from` up to and including `last` ("HH:MM"). */
function quarterHours(from: string, last: string): string[] {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const times: string[] = [];
  for (let m = minutes(from); m <= minutes(last); m += 15) {
    times.push(`${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`);
  }
  return times;
}

async function visitorOnPhone(browser: Browser) {
  const context = await browser.newContext(phone);
  return context.newPage();
}

/** A free time in the day's list: "14:00", with the day for screen readers ("14:00, Tuesday 8 December"). */
const timeLink = (times: Locator, time: string, day: string) =>
  times.getByRole("link", { name: new RegExp(`^${time}\\W+${inWords(day)}$`) });

/** The public page: Maya, a consultation and a day, then the free times of that day. */
async function findTimesWithMaya(visitor: Page, day: string) {
  await visitor.goto("/book/riverside");
  await expect(visitor.getByRole("heading", { name: "Book an appointment" })).toBeVisible();
  await expect(visitor.getByText("Riverside Manual Therapy (demo)")).toBeVisible();
  const finder = visitor.getByRole("form", { name: "Find a time" });
  await finder.getByLabel("Therapist").selectOption({ label: "Maya Torres" });
  await finder.getByRole("radio", { name: /^Consultation/ }).check();
  await finder.getByLabel("Day").fill(day);
  await finder.getByRole("button", { name: "Show times" }).click();
  const times = visitor.getByRole("region", { name: `Free times on ${inWords(day, true)}` });
  await expect(times).toBeVisible();
  return times;
}

/** The confirm step after choosing a time: the chosen appointment in words. */
async function chooseTime(visitor: Page, day: string, time: string) {
  const times = await findTimesWithMaya(visitor, day);
  await timeLink(times, time, day).click();
  await expect(visitor.getByRole("heading", { name: "Confirm your appointment" })).toBeVisible();
  const chosen = visitor.getByRole("region", { name: "Your chosen time" });
  await expect(chosen).toContainText("Consultation (60 minutes · £65)");
  await expect(chosen).toContainText("Maya Torres");
  await expect(chosen).toContainText(`${inWords(day, true)} at ${time}`);
  return visitor.getByRole("form", { name: "Book this time" });
}

async function fillDetails(
  form: Locator,
  person: { given: string; family: string; email: string; phone: string; reason?: string },
) {
  await form.getByLabel("First name").fill(person.given);
  await form.getByLabel("Last name").fill(person.family);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Phone").fill(person.phone);
  if (person.reason) await form.getByLabel("What brings you in (optional)").fill(person.reason);
}

async function answerSafetyQuestions(form: Locator, yesTo: string[] = []) {
  for (const question of Object.values(SAFETY_QUESTIONS)) {
    const answer = yesTo.includes(question) ? "Yes" : "No";
    await form.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
  }
}

test("a visitor books a consultation on a phone, the therapist sees it, and the visitor cancels by the emailed link", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  // Two working days ahead at the least: well outside the 24-hour window for changing online.
  const day = weekdayAhead(2);
  const words = inWords(day);
  const email = `quinn.harlow.${Date.now()}@example.test`;

  const visitor = await visitorOnPhone(browser);
  const times = await findTimesWithMaya(visitor, day);
  // Every start of Maya's day that fits an hour and the 15 minutes after it: 09:00–12:30 and
  // 13:30–17:00. Jordan's seeded follow-up (10:00 with Maya, the first weekday three days ahead)
  // takes the early morning when it falls on the same day.
  const morning = day === weekdayAhead(3) ? quarterHours("10:45", "11:15") : quarterHours("09:00", "11:15");
  const afternoon = quarterHours("13:30", "15:45");
  await expect(times.getByRole("heading", { name: "Morning" })).toBeVisible();
  await expect(times.getByRole("heading", { name: "Afternoon" })).toBeVisible();
  await expect(times.getByRole("link")).toHaveText([...morning, ...afternoon].map((time) => `${time}, ${words}`));
  await expectNoAxeViolations(visitor);

  await timeLink(times, "14:00", day).click();
  await expect(visitor.getByRole("heading", { name: "Confirm your appointment" })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Your chosen time" })).toContainText(
    `${inWords(day, true)} at 14:00`,
  );
  await expectNoAxeViolations(visitor);
  const form = visitor.getByRole("form", { name: "Book this time" });
  await answerSafetyQuestions(form);
  await fillDetails(form, {
    given: "Quinn",
    family: "Harlow",
    email,
    phone: "+44 7700 900555",
    reason: "Tight calves after marathon training",
  });
  await form.getByRole("button", { name: "Book this time" }).click();

  await expect(visitor.getByRole("status")).toHaveText(
    "You're booked. We've emailed a confirmation with a calendar file.",
  );
  const booking = visitor.getByRole("region", { name: "Booking details" });
  await expect(booking).toContainText("Consultation");
  await expect(booking).toContainText("Maya Torres");
  await expect(booking).toContainText(`${inWords(day, true)}, 14:00 to 15:00`);
  await expect(booking).toContainText("Booked");
  await expectNoAxeViolations(visitor);

  // The practice admin finds the confirmation in the outbox (only an admin sees its link) and the
  // appointment on Maya's calendar.
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const manageLink = await linkInEmail(page, email, "Booked: Consultation at Riverside", MANAGE_LINK);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { name: "Calendar" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Calendar view" })
    .getByRole("link", { name: "Week", exact: true })
    .click();
  await expect(page.getByRole("link", { name: "Week", exact: true })).toHaveAttribute("aria-current", "page");
  const show = page.getByRole("form", { name: "Show a date and therapist" });
  await show.getByLabel("Date").fill(day);
  await show.getByLabel("Therapist").selectOption({ label: "Maya Torres" });
  await show.getByRole("button", { name: "Show" }).click();
  const week = page.getByRole("region", { name: /^Week of .*: Maya Torres$/ });
  await expect(week.getByRole("columnheader", { name: words })).toBeVisible();
  const appointment = week.getByRole("link", { name: "14:00–15:00 Quinn Harlow, Consultation with Maya Torres" });
  await expect(appointment).toContainText("Booked");
  await appointment.click();
  await expect(page.getByRole("heading", { name: "Consultation for Quinn Harlow" })).toBeVisible();
  const details = page.getByRole("region", { name: "Details", exact: true });
  await expect(details).toContainText(`${inWords(day, true)}, 14:00–15:00`);
  await expect(details).toContainText("Booked online by the client");
  await expect(details).toContainText("Tight calves after marathon training");

  // The visitor changes their mind and cancels by the link in the email.
  await visitor.goto(manageLink);
  await expect(visitor.getByRole("heading", { name: "Your appointment" })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Booking details" })).toContainText("Booked");
  await visitor.getByText("I want to cancel").click();
  await visitor.getByRole("button", { name: "Yes, cancel this appointment" }).click();
  await expect(visitor.getByRole("status")).toHaveText(
    "Your appointment is cancelled. We've emailed you a confirmation.",
  );
  await expect(visitor.getByRole("region", { name: "Booking details" })).toContainText("Cancelled");
  await expect(visitor.getByText("This appointment is cancelled. To book again, call us on")).toBeVisible();
  await expectNoAxeViolations(visitor);
  // The emailed link stops working once the booking has changed.
  await visitor.goto(manageLink);
  await expect(visitor.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();

  await page.reload();
  await expect(details).toContainText("Cancelled");
  await page.getByRole("link", { name: `Calendar, ${words}` }).click();
  const dayView = page.getByRole("region", { name: `${inWords(day, true)}: Maya Torres` });
  await expect(
    dayView.getByRole("link", { name: "14:00–15:00 Quinn Harlow, Consultation with Maya Torres" }),
  ).toContainText("Cancelled");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("article", { name: `Email to ${email}: Cancelled: Consultation at` })).toBeVisible();
});

test("a visitor who answers yes to calf swelling is not booked, and the front desk calls them back", async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  const day = weekdayAhead(5);
  const email = `robin.calder.${Date.now()}@example.test`;

  const visitor = await visitorOnPhone(browser);
  const form = await chooseTime(visitor, day, "15:00");
  await answerSafetyQuestions(form, [SAFETY_QUESTIONS.calf]);
  await fillDetails(form, {
    given: "Robin",
    family: "Calder",
    email,
    phone: "+44 7700 900777",
    reason: "My left calf is swollen since the flight home",
  });
  await form.getByRole("button", { name: "Book this time" }).click();

  const contactUs = visitor.getByRole("region", { name: "Please contact us or see a doctor first" });
  await expect(contactUs).toBeFocused();
  await expect(contactUs).toContainText("We have not booked this time");
  await expect(contactUs).toContainText("These can be signs of a blood clot, which needs a doctor first.");
  await expect(contactUs.getByRole("link", { name: PRACTICE_PHONE })).toHaveAttribute("href", "tel:+442079460000");
  await expect(contactUs).toContainText("they will call you back");
  await expectNoAxeViolations(visitor);

  // The front desk sees the request waiting, calls back and notes what was done.
  await signIn(page, demo.frontDesk);
  await openSection(page, "Calendar");
  await page.getByRole("link", { name: /callback requests? waiting$/ }).click();
  await expect(page.getByRole("heading", { name: "Callback requests" })).toBeVisible();
  const request = page.getByRole("region", { name: /^Waiting/ }).getByRole("article", { name: "Robin Calder" });
  await expect(request).toContainText(SAFETY_QUESTIONS.calf);
  await expect(request).toContainText("My left calf is swollen since the flight home");
  await expect(request.getByRole("link", { name: "+44 7700 900777" })).toBeVisible();
  await expect(request.getByRole("link", { name: email })).toBeVisible();
  await request.getByLabel("What was done").fill("Called back: advised to see her GP today; will rebook after.");
  await request.getByRole("button", { name: "Resolve the request from Robin Calder" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Request resolved." })).toBeVisible();
  await expect(
    page.getByRole("region", { name: /^Waiting/ }).getByRole("article", { name: "Robin Calder" }),
  ).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Recently resolved" }).getByRole("article", { name: "Robin Calder" }),
  ).toContainText("advised to see her GP today");

  // Nothing was booked: no confirmation went out.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  await expect(page.getByRole("article", { name: `Email to ${email}` })).toHaveCount(0);
});

test("a malformed email is answered next to the field and nothing is booked", async ({ browser }) => {
  const day = weekdayAhead(5);
  const visitor = await visitorOnPhone(browser);
  const form = await chooseTime(visitor, day, "15:30");
  await answerSafetyQuestions(form);
  await fillDetails(form, { given: "Sky", family: "Typo", email: "sky.typo@@example", phone: "+44 7700 900888" });
  await form.getByRole("button", { name: "Book this time" }).click();

  const emailField = form.getByLabel("Email");
  await expect(emailField).toBeFocused();
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toHaveAccessibleDescription(/Enter a valid email address, like name@example\.com\./);
  await expect(form.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(visitor.getByText("You're booked")).toHaveCount(0);
  await expect(visitor.getByRole("heading", { name: "Confirm your appointment" })).toBeVisible();
  await expectNoAxeViolations(visitor);

  // The time is still offered to anyone.
  await visitor.getByRole("link", { name: "Choose a different time" }).click();
  await expect(
    timeLink(visitor.getByRole("region", { name: `Free times on ${inWords(day, true)}` }), "15:30", day),
  ).toBeVisible();
});
