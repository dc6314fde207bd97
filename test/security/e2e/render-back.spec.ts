import { expect, test } from "@playwright/test";
import { accounts, forbidDialogs, openClients, signIn } from "./fixtures";

// Stored by the suite's server (support/e2e-server.ts) as a client's name, email and phone.
const HOSTILE_NAME = "<img src=x onerror=alert(1)><script>alert(2)</script>";

test("a client whose name is markup is shown as text, and nothing runs", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await signIn(page, accounts.therapist);
  await openClients(page);
  const table = page.getByRole("table", { name: "Clients of the practice" });
  const link = table.getByRole("link", {
    name: new RegExp(HOSTILE_NAME.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE_NAME);
  await expect(page.getByText("javascript:alert(4)")).toBeVisible();
  expect(await page.locator("img[src=x], svg").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

const payloads = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  '"<script>alert(1)</script>"@example.test',
  "user+<svg/onload=alert(1)>@example.test",
  "\u202eevil\u200b@example.test",
];

test("bad input echoed back into the sign-in form never runs and names the field", async ({ page }) => {
  const dialogs = forbidDialogs(page);
  for (const value of payloads) {
    await signIn(page, value, "x");
    const email = page.getByLabel("Email");
    await expect(
      page.getByRole("alert").filter({ hasText: /./ }).or(page.getByText("Enter a valid email address.")),
    ).toBeVisible();
    if ((await email.getAttribute("aria-invalid")) === "true")
      await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(email).toHaveValue(value.trim());
  }
  expect(dialogs).toEqual([]);
});
