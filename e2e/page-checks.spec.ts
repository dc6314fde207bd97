import { expect, test } from "./support/page-checks";

// The checks every journey runs under (./support/page-checks.ts) must be able to fail: each test
// here provokes a problem on purpose and declares it, and fails if the checks miss it.

test("a script the Content-Security-Policy blocks fails the page checks, which name the page and the directive", async ({
  page,
  pageChecks,
}) => {
  pageChecks.expectProblem(
    /^\/sign-in: the Content Security Policy blocked an inline event handler \(script-src-attr\)/,
  );
  await page.goto("/sign-in");
  // Markup smuggled into a page with a script in an attribute: the classic stored XSS.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML(
      "beforeend",
      `<img alt="" src="/no-such-picture.png" onerror="document.title = 'injected'">`,
    ),
  );
  // The picture failed to load, so its handler was due (and refused).
  const picture = page.locator('img[src="/no-such-picture.png"]');
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
  expect(await page.title()).not.toBe("injected");
});

test("a page that does not exist runs its scripts under the policy: nothing is blocked", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // Next's client started (it announces itself on window once its scripts ran).
  await page.waitForFunction(() => "next" in window);
});
