import { expect, test } from "./support/page-checks";
import { alertWith, demo, signIn } from "./fixtures";

const INVALID = /do not match an account/;

test("five wrong passwords, then the right one signs in", async ({ page }) => {
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, demo.sam, `wrong-${attempt}`);
    await expect(alertWith(page, INVALID)).toBeVisible();
  }
  await signIn(page, demo.sam);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
});

test("an unknown email gets exactly the answer a wrong password gets", async ({ page }) => {
  await signIn(page, "nobody@demo.unknot.test", "whatever");
  const unknown = await alertWith(page, INVALID).innerText();
  await signIn(page, demo.alex, "whatever");
  const wrong = await alertWith(page, INVALID).innerText();
  expect(unknown).toBe(wrong);
});

test("a malformed email is explained next to the field and nothing is sent further", async ({ page }) => {
  await signIn(page, "not-an-email", "x");
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
});
