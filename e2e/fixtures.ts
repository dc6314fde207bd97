import { expect, type Page } from "@playwright/test";

/** Demo logins created on first start of an empty embedded database (see README). */
export const DEMO_PASSWORD = "unknot-demo-2026";
export const demo = {
  admin: "admin@demo.unknot.test",
  maya: "maya.torres@demo.unknot.test",
  sam: "sam.okafor@demo.unknot.test",
  frontDesk: "frontdesk@demo.unknot.test",
  jordan: "jordan.lee@demo.unknot.test",
  priya: "priya.shah@demo.unknot.test",
  alex: "alex.novak@demo.unknot.test",
  /** The admin of the second demo practice, Harbour Sports Massage. */
  ines: "ines.duarte@demo.unknot.test",
};

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Open a section from the main navigation, as staff do from their start page. */
export async function openSection(page: Page, name: "Today" | "Clients" | "Calendar") {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Search the client table as staff do: the start of a name, an email or a phone number. */
export async function findClient(page: Page, search: string) {
  const form = page.getByRole("form", { name: "Find clients" });
  await form.getByLabel("Search").fill(search);
  await form.getByRole("button", { name: "Show clients" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(search)}`));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

/** Form-level alerts; Next's route announcer is also role=alert, so filter by text. */
export const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

/** WCAG 2.1 A/AA checks of the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const { default: AxeBuilder } = await import("@axe-core/playwright");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** A phone-sized browser, for the pages people open on the go (booking, the emailed link, the portal). */
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The demo practice's time zone: the booking pages and the calendar speak in its days and times. */
const PRACTICE_ZONE = "Europe/London";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const addDays = (day: string, n: number) => new Date(noon(day).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The first Monday to Friday at least `daysAhead` days after today in the practice (yyyy-mm-dd).
 * Journeys that book pick days far apart, since every spec of a run shares one database.
 */
export function weekdayAhead(daysAhead: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: PRACTICE_ZONE }).format(new Date());
  let day = addDays(today, daysAhead);
  while ([0, 6].includes(noon(day).getUTCDay())) day = addDays(day, 1);
  return day;
}

/** A day as the pages write it: "Tuesday 8 December", or with the year "Tuesday 8 December 2026". */
export function inWords(day: string, withYear = false): string {
  return noon(day)
    .toLocaleDateString("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      ...(withYear ? { year: "numeric" } : {}),
      timeZone: "UTC",
    })
    .replace(",", "");
}

/** The emailed link in a message of the staff outbox, as a path the browser can open. */
export async function linkInEmail(page: Page, to: string, subject: string | RegExp, path: RegExp): Promise<string> {
  const message = page.getByRole("article", { name: `Email to ${to}: ` }).filter({ hasText: subject });
  await expect(message).toHaveCount(1);
  const link = (await message.innerText()).match(path)?.[0];
  expect(link, `a link like ${path} in the email to ${to}`).toBeDefined();
  return link!;
}
