import { expect, type Browser, type Page } from "@playwright/test";
import { phone } from "../fixtures";

/** The invitation link emailed to `email`, as the practice admin reads it in the outbox (its path). */
export async function linkInOutbox(page: Page, email: string): Promise<string> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  const message = page.getByRole("article", { name: new RegExp(`^Email to ${email.replace(/\./g, "\\.")}`) });
  await expect(message).toHaveCount(1);
  const link = (await message.innerText()).match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

/** A page in a phone-sized browser of its own: the person who opens the emailed link. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext(phone);
  return context.newPage();
}

/** The client page's Portal section: invitations, the linked login, and their controls. */
export const portalSection = (page: Page) => page.getByRole("region", { name: "Portal" });
