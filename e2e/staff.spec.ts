import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, linkInEmail, signIn } from "./fixtures";

/** Signs in and waits for the app's frame, so the next navigation carries the session. */
async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

test("an admin invites a therapist, who accepts and signs in; disabling them ends their open session", async ({
  browser,
}) => {
  const email = `tess.${Date.now()}@example.test`;
  const admin = await browser.newPage();
  await signedIn(admin, demo.admin);
  await admin.goto("/settings/staff");
  await expect(admin.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  const invite = admin.getByRole("form", { name: "Invite staff" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Name").fill("Tess Newcomb");
  await invite.getByLabel("Role").selectOption({ label: "Therapist" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await expect(admin.getByRole("region", { name: "Invitations waiting" })).toContainText(email);

  // No mail server: the email waits in the outbox, where the admin passes the link on.
  await admin.goto("/outbox");
  const link = await linkInEmail(admin, email, /^Join .+ on Unknot/, /\/invite\/staff\/[A-Za-z0-9_-]+/);

  const therapist = await browser.newPage();
  await therapist.goto(link);
  await expect(therapist.getByRole("heading", { name: "Welcome, Tess Newcomb" })).toBeVisible();
  await therapist.getByLabel("New password").fill("tess-password-2026");
  await therapist.getByLabel("Type it again").fill("tess-password-2026");
  await therapist.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(therapist.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(therapist.getByRole("banner")).toContainText("Tess Newcomb · Therapist");
  // The link worked once.
  await therapist.goto(link);
  await expect(therapist.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await therapist.goBack();

  await admin.goto("/settings/staff");
  await expect(admin.getByRole("region", { name: "Invitations waiting" })).not.toContainText(email);
  await admin.getByRole("button", { name: "Disable Tess Newcomb" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Disabled and signed out everywhere." })).toBeVisible();
  await expect(admin.getByRole("row", { name: /Tess Newcomb/ })).toContainText("Disabled");

  // Her next page load finds her session ended.
  await therapist.reload();
  await expect(therapist).toHaveURL(/\/sign-in$/);
  await expect(therapist.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await admin.close();
  await therapist.close();
});

test("a therapist gets not-found for the staff and practice settings pages", async ({ page }) => {
  await signedIn(page, demo.maya);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  for (const path of ["/settings/staff", "/settings/practice"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the staff and practice settings pages are accessible, and a reserved booking address is refused", async ({
  page,
}) => {
  await signedIn(page, demo.admin);
  await page.goto("/settings/staff");
  await expect(page.getByRole("table", { name: "Staff of the practice" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/settings/practice");
  await expect(page.getByRole("heading", { name: "Practice", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/London");
  await expectNoAxeViolations(page);
  // The address the booking page would get is shown as it is typed; "manage" is the app's own.
  await page.getByLabel("Booking address").fill("manage");
  await expect(page.getByText(/\/book\/manage$/)).toBeVisible();
  await page.getByRole("button", { name: "Save practice settings" }).click();
  await expect(page.getByText("That address is used by the app itself: choose another.")).toBeVisible();
  await expect(page.getByLabel("Booking address")).toHaveAttribute("aria-invalid", "true");
});
