import { readFileSync } from "node:fs";
import type { Browser } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { reminderUnsubscribeToken } from "@/lib/portal/reminder-link";
import { demo, expectNoAxeViolations, findClient, openSection, phone, signIn } from "./fixtures";

test.use(phone);

/** The server's secret, as `npm start` wrote it (scripts/ensure-env.mjs): the emailed link is signed with it. */
const authSecret = () => /^AUTH_SECRET=(.+)$/m.exec(readFileSync(".env.local", "utf8"))![1]!.trim();

/** Jordan's record id, as Maya's client list links to it. */
async function jordansId(browser: Browser) {
  const staff = await browser.newPage();
  await signIn(staff, demo.maya);
  await openSection(staff, "Clients");
  await findClient(staff, "Jordan");
  const href = await staff.getByRole("link", { name: "Jordan Lee" }).getAttribute("href");
  await staff.close();
  return href!.replace("/clients/", "");
}

// Issue 13, bug 15: there was no way to be reminded of the home plan.
test("Jordan chooses a daily reminder time, and turns it off from the email's link without signing in", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.jordan);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reminders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
  await expect(page.getByText("Your reminder is off.")).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Daily reminder" });
  await form.getByLabel("Time of day").fill("07:30");
  await form.getByRole("button", { name: "Email me a daily reminder" }).click();
  await expect(page.getByText("Reminder set: every day at 07:30.")).toBeVisible();
  await expect(page.getByText("Your reminder is on: every day at 07:30 (London time).")).toBeVisible();

  // The link in every reminder email: one button, no sign-in.
  const token = reminderUnsubscribeToken(await jordansId(browser), authSecret());
  const visitor = await browser.newContext(phone);
  const email = await visitor.newPage();
  await email.goto(`/reminders/unsubscribe/${token}`);
  await expect(email.getByRole("heading", { name: "Stop homework reminders?" })).toBeVisible();
  await expectNoAxeViolations(email);
  await email.getByRole("button", { name: "Stop reminders" }).click();
  await expect(email.getByRole("heading", { name: "Homework reminders are off" })).toBeVisible();
  await email.goto(`/reminders/unsubscribe/${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
  await expect(email.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await visitor.close();

  await page.reload();
  await expect(page.getByText("Your reminder is off.")).toBeVisible();
  // On again from the portal, then off from the portal.
  await form.getByLabel("Time of day").fill("19:15");
  await form.getByRole("button", { name: "Email me a daily reminder" }).click();
  await expect(page.getByText("Your reminder is on: every day at 19:15 (London time).")).toBeVisible();
  await page.getByRole("button", { name: "Turn off reminders" }).click();
  await expect(page.getByText("Your reminder is off.")).toBeVisible();
});
