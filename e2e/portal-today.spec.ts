import type { Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, phone, signIn } from "./fixtures";

test.use(phone);

const SCREEN = phone.viewport.height;

const pageSize = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));

async function bottomOf(page: Page, locator: ReturnType<Page["locator"]>) {
  const box = await locator.boundingBox();
  expect(box, "the element is laid out").not.toBeNull();
  return box!.y + box!.height;
}

// Issue 13, bug 12: Today was 5,900 px tall on a phone, the pain log at the very bottom, no count.
test("Jordan's Today fits two phone screens, with the count and the pain log on the first", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, demo.jordan);
  const count = page.getByRole("heading", { level: 2, name: "0 of 7 done today" });
  await expect(count).toBeVisible();
  const pain = page.getByRole("form", { name: "Pain today" });
  expect(await bottomOf(page, count)).toBeLessThanOrEqual(SCREEN);
  expect(await bottomOf(page, pain)).toBeLessThanOrEqual(SCREEN);

  // Phase 2 is locked: under its rule, one line per item and nothing to tick.
  const next = page.getByRole("region", { name: "Next: Phase 2 — Strengthen and stabilize" });
  await expect(next).toContainText("Locked for now.");
  const locked = next.getByRole("list", { name: "Coming next" }).getByRole("listitem");
  await expect(locked).toHaveCount(4);
  for (const line of await locked.all()) expect((await line.boundingBox())!.height).toBeLessThan(40);
  await expect(next.getByRole("button")).toHaveCount(0);

  const size = await pageSize(page);
  expect(size.height).toBeLessThanOrEqual(2 * SCREEN);
  expect(size.sideways).toBe(false);
  await expectNoAxeViolations(page);
});

test("Jordan steps through today's items with the dosage's timer and a big Done", async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await signIn(page, demo.jordan);
  const routine = page.getByRole("region", { name: /done today$/ });
  await expect(routine.getByRole("heading", { name: "0 of 7 done today" })).toBeVisible();
  await routine.getByRole("button", { name: "Start today's items one at a time" }).click();

  const step = routine.getByRole("group", { name: "One item at a time" });
  await expect(step.getByRole("heading", { name: "Warm compress" })).toBeFocused();
  await expect(step).toContainText("Item 1 of 7");
  await expect(step).toContainText("Soak a towel in warm (not hot) water");
  await expect(step.getByRole("timer")).toHaveText("5:00");

  // The timer starts and pauses from the keyboard, and says politely when the time is up. The
  // page's clock stands still meanwhile, moved on only by the test.
  await page.clock.pauseAt(Date.now() + 60_000);
  await step.getByRole("button", { name: "Start timer" }).focus();
  await page.keyboard.press("Enter");
  await expect(step.getByRole("status")).toHaveText("The timer started.");
  await page.clock.runFor(60_000);
  await expect(step.getByRole("timer")).toHaveText("4:00");
  await page.keyboard.press("Enter");
  await expect(step.getByRole("status")).toHaveText("The timer paused.");
  await page.clock.runFor(60_000);
  await expect(step.getByRole("timer")).toHaveText("4:00");
  await step.getByRole("button", { name: "Resume" }).click();
  await page.clock.runFor(240_000);
  await expect(step.getByRole("status")).toHaveText("Time is up. Well done.");
  await page.clock.resume();

  await step.getByRole("button", { name: /^Done\W+Warm compress$/ }).click();
  await expect(routine.getByRole("heading", { name: "1 of 7 done today" })).toBeVisible();
  await expect(step.getByRole("heading", { name: "Effleurage around the knee" })).toBeFocused();
  // The list shows the same check-off.
  const relax = page.getByRole("region", { name: "Phase 1 — Relax first" });
  const compress = relax.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Warm compress" }) });
  await expect(compress).toContainText("Done today");

  // A held item gets a hold timer; skipping leaves it for later, and the count holds.
  await step.getByRole("button", { name: "Skip for now" }).click();
  await step.getByRole("button", { name: "Skip for now" }).click();
  await step.getByRole("button", { name: "Skip for now" }).click();
  await step.getByRole("button", { name: "Skip for now" }).click();
  await expect(step.getByRole("heading", { name: "Popliteus release with a massage ball" })).toBeVisible();
  await expect(step).toContainText("Varicose veins: avoid deep or direct pressure over the veins");
  await expect(step.getByRole("timer")).toHaveText("0:30");
  await step.getByRole("button", { name: /^Done\W+Popliteus release with a massage ball$/ }).click();
  await expect(routine.getByRole("heading", { name: "2 of 7 done today" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reloaded, the page still says so: the check-offs were saved.
  await page.reload();
  await expect(page.getByRole("heading", { name: "2 of 7 done today" })).toBeVisible();
});

// Issue 13, bug 13: every item had a caution box, some as mild as "A stretch, never pain.", and
// Jordan's varicose-vein caution was repeated on five items.
test("Jordan's own caution is said once, its items are marked, and only real item cautions remain", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, demo.jordan);
  const caution = page.getByRole("region", { name: "Your caution" });
  await expect(caution).toContainText(
    "Varicose veins: avoid deep or direct pressure over the veins (gentle work only).",
  );
  await expect(page.getByText(/deep or direct pressure over the veins/)).toHaveCount(1);

  const relax = page.getByRole("region", { name: "Phase 1 — Relax first" });
  const marked = relax.getByRole("listitem").filter({ hasText: "your caution applies: Varicose veins" });
  await expect(marked).toHaveCount(4);
  await expect(marked.first()).toContainText("Cross-fibre massage of the popliteus");
  await expect(relax.getByRole("listitem").filter({ hasText: "Take care:" })).toHaveCount(3);
  // The stop rule for every item is on every page once, not on each item.
  await expect(page.getByText(/Stop at once on sharp/)).toHaveCount(0);
  await expect(page.getByText("A stretch, never pain.", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("complementary", { name: "When to stop" })).toContainText("sharp or radiating pain");

  // Opening an item shows its steps with its own caution first.
  const foam = relax
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Foam rolling under the back of the knee" }) });
  await foam.getByRole("heading", { name: "Foam rolling under the back of the knee" }).click();
  await expect(
    foam.getByText("Take care: Gentle only: no body weight pressing into the back of the knee."),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
