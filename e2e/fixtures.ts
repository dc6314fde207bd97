import { expect, type Page } from "@playwright/test";

/** Demo logins created on first start of an empty embedded database (see README). */
export const DEMO_PASSWORD = "unknot-demo-2026";
export const demo = {
  admin: "admin@demo.unknot.test",
  maya: "maya.torres@demo.unknot.test",
  sam: "sam.okafor@demo.unknot.test",
  jordan: "jordan.lee@demo.unknot.test",
  priya: "priya.shah@demo.unknot.test",
  alex: "alex.novak@demo.unknot.test",
};

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
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
