import { expect, test } from "./support/page-checks";
import { demo, findClient, openSection, signIn } from "./fixtures";

// Issue 13, bug 9: the rule's choices ran together on one line, and the date field showed for every rule.
test("the phase-2 unlock rule lists one choice per line and shows only the chosen rule's fields", async ({ page }) => {
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Jordan");
  await page.getByRole("link", { name: "Jordan Lee" }).click();
  await page
    .getByRole("link", { name: /^Plan of / })
    .first()
    .click();
  const rule = page.getByRole("form", { name: "Unlock rule" });
  const choices = rule.getByRole("radio");
  await expect(choices).toHaveCount(5);
  const tops = await Promise.all((await choices.all()).map(async (c) => (await c.boundingBox())!.y));
  expect(new Set(tops.map(Math.round)).size).toBe(5);

  await rule.getByLabel("When I advance the plan").check();
  await expect(rule.getByLabel("Unlock date")).toHaveCount(0);
  await expect(rule.getByLabel("Pain threshold (0–10)")).toHaveCount(0);
  await rule.getByLabel("On a date").check();
  await expect(rule.getByLabel("Unlock date")).toBeVisible();
  await expect(rule.getByLabel("Days in a row")).toHaveCount(0);
  await rule.getByLabel("When logged pain stays at or below a threshold for some days").check();
  await expect(rule.getByLabel("Pain threshold (0–10)")).toBeVisible();
  await expect(rule.getByLabel("Days in a row")).toBeVisible();
  await expect(rule.getByLabel("Unlock date")).toHaveCount(0);
  await rule.getByLabel("When the LEFS improves by at least 9 points from the first").check();
  await expect(rule.getByLabel("Pain threshold (0–10)")).toHaveCount(0);
  await expect(rule.getByLabel("Unlock date")).toHaveCount(0);
});
