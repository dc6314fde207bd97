import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, openSection, signIn, signOut } from "./fixtures";
import { linkInOutbox, phonePage, portalSection } from "./support/invitations";

const EMAIL = "noor.haddad@example.test";
const PASSWORD = "noor-keeps-one-password";

/** An admin adds Noor Haddad to their practice and sends the portal invitation; returns the link. */
async function addNoorAndInvite(page: Page, admin: string): Promise<string> {
  await signIn(page, admin);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Noor");
  await page.getByLabel("Family name").fill("Haddad");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Noor Haddad" })).toBeVisible();
  await portalSection(page).getByRole("button", { name: "Send portal invitation" }).click();
  // Whether the address already has a login somewhere, staff hear the same answer.
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${EMAIL}` })).toBeVisible();
  const link = await linkInOutbox(page, EMAIL);
  await signOut(page);
  return link;
}

// Issue 12, finding 2: one person, a client of two practices, with one login.
test("a client of two practices accepts the second invitation by signing in, and switches between them", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  // Noor becomes a client of the first practice and sets her password there.
  const first = await addNoorAndInvite(page, demo.admin);
  const noor = await phonePage(browser);
  await noor.goto(first);
  await noor.getByLabel("New password").fill(PASSWORD);
  await noor.getByLabel("Type it again").fill(PASSWORD);
  await noor.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(noor.getByRole("heading", { name: "Hello, Noor" })).toBeVisible();
  // One practice: no switcher.
  await expect(noor.getByRole("link", { name: "Switch practice" })).toHaveCount(0);
  await signOut(noor);

  // A second practice invites the same address: the link asks for her existing password.
  const second = await addNoorAndInvite(page, demo.ines);
  await noor.goto(second);
  await expect(noor.getByRole("heading", { name: "Welcome, Noor" })).toBeVisible();
  await expect(noor.getByText(`You already have an Unknot login for ${EMAIL}`)).toBeVisible();
  await expect(noor.getByLabel("New password")).toHaveCount(0);
  await expectNoAxeViolations(noor);
  await noor.getByLabel("Password").fill("not-my-password");
  await noor.getByRole("button", { name: "Sign in and accept" }).click();
  await expect(noor.getByText("That password does not match the login for this email address.")).toBeVisible();
  await noor.getByLabel("Password").fill(PASSWORD);
  await noor.getByRole("button", { name: "Sign in and accept" }).click();

  // Her portal opens in the practice that invited her, and offers the other one.
  await expect(noor.getByRole("heading", { name: "Hello, Noor" })).toBeVisible();
  await expect(noor.getByText("Showing Harbour Sports Massage (demo)")).toBeVisible();
  await noor.getByRole("link", { name: "Switch practice" }).click();
  await expect(noor.getByRole("heading", { level: 1, name: "Your practices" })).toBeVisible();
  await expectNoAxeViolations(noor);
  await noor.getByRole("button", { name: "Open Riverside Manual Therapy (demo)" }).click();
  await expect(noor.getByText("Showing Riverside Manual Therapy (demo)")).toBeVisible();
  await expect(noor.getByRole("heading", { name: "Hello, Noor" })).toBeVisible();

  // Signing in again, she chooses the practice first.
  await signOut(noor);
  await signIn(noor, EMAIL, PASSWORD);
  await expect(noor.getByRole("heading", { level: 1, name: "Your practices" })).toBeVisible();
  await noor.getByRole("button", { name: "Open Harbour Sports Massage (demo)" }).click();
  await expect(noor.getByText("Showing Harbour Sports Massage (demo)")).toBeVisible();

  // The second practice's staff see the login on their record; the first practice's record keeps its own.
  await signIn(page, demo.ines);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "Noor Haddad" }).click();
  await expect(portalSection(page)).toContainText(`Portal login: ${EMAIL}`);
});
