import { expect, test } from "./support/page-checks";
import { alertWith, demo, DEMO_PASSWORD, signIn, signOut } from "./fixtures";

const NEW_PASSWORD = "alex-new-password-2026";

test("a client changes their password: the current one is required and their other browser is signed out", async ({
  browser,
}) => {
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, demo.alex);
  await expect(phone).toHaveURL(/\/portal$/);
  const laptop = await (await browser.newContext()).newPage();
  await signIn(laptop, demo.alex);
  await expect(laptop).toHaveURL(/\/portal$/);

  await laptop.getByRole("link", { name: "Account" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await laptop.getByLabel("Current password").fill("not-my-password");
  await laptop.getByLabel("New password").fill(NEW_PASSWORD);
  await laptop.getByLabel("Type it again").fill(NEW_PASSWORD);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("That is not your current password.")).toBeVisible();

  await laptop.getByLabel("Current password").fill(DEMO_PASSWORD);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(
    laptop.getByRole("status").filter({ hasText: "Password changed. Your other session has ended." }),
  ).toBeVisible();

  // The phone's session ended; the laptop's goes on.
  await phone.reload();
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await laptop.goto("/portal");
  await expect(laptop).toHaveURL(/\/portal$/);

  await signOut(laptop);
  await signIn(laptop, demo.alex);
  await expect(alertWith(laptop, /do not match an account/)).toBeVisible();
  await signIn(laptop, demo.alex, NEW_PASSWORD);
  await expect(laptop).toHaveURL(/\/portal$/);

  // Put the demo password back for the other journeys.
  await laptop.goto("/settings/account");
  await laptop.getByLabel("Current password").fill(NEW_PASSWORD);
  await laptop.getByLabel("New password").fill(DEMO_PASSWORD);
  await laptop.getByLabel("Type it again").fill(DEMO_PASSWORD);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
});

test("forgot password: the same answer whether or not the address has a login", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(demo.jordan);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const answer = page.getByRole("status").filter({ hasText: "If that address belongs to an Unknot login" });
  const known = await answer.innerText();
  // Asked again, from a fresh page, for an address with no login.
  await page.goto("/forgot-password");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill("nobody-at-all@demo.unknot.test");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(answer).toHaveText(known);

  // A made-up link says so and offers a new one.
  await page.goto(`/reset-password?token=${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();
});
