import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { answerScreen, recordHikerIntake } from "./clinical";
import { demo, expectNoAxeViolations, openSection, signIn, signOut } from "./fixtures";

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The therapist's part: a client with an email, an intake and an active suggested plan, then an invitation. */
async function therapistPreparesClient(page: Page, given: string, email: string) {
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill(given);
  await page.getByLabel("Family name").fill("Portal");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${given} Portal` })).toBeVisible();
  await recordHikerIntake(page);
  await page.getByRole("button", { name: /^Popliteus, left/ }).click();
  await page.getByLabel("Tenderness (0–10)").fill("6");
  await page.getByRole("radio", { name: "Active" }).check();
  await page.getByRole("button", { name: "Save finding" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Finding saved." })).toBeVisible();
  await answerScreen(page, {});
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "New home plan" }).click();
  await page.getByRole("button", { name: "Suggest a plan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Suggested items added." })).toBeVisible();
  await page.getByRole("button", { name: "Activate plan" }).click();
  await expect(page.getByRole("heading", { name: "Home plan: Active — version 1" })).toBeVisible();
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  // With no mail server the email waits in the outbox; Maya sees it with its link hidden…
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("article", { name: new RegExp(`^Email to ${email}`) })).toContainText("[link hidden]");
  // …and the practice admin, who passes it on, sees the link.
  await signOut(page);
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  const message = page.getByRole("article", { name: new RegExp(`^Email to ${email}`) });
  const link = (await message.innerText()).match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)?.[0];
  expect(link).toBeDefined();
  return new URL(link!).pathname;
}

async function phonePage(browser: Browser) {
  const context = await browser.newContext(phone);
  return context.newPage();
}

test("a client invited by email sets a password, does their homework on a phone and reports tingling", async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  const invitePath = await therapistPreparesClient(page, "Cara", "cara.portal@example.test");

  const client = await phonePage(browser);
  await client.goto(invitePath);
  await expect(client.getByRole("heading", { name: "Welcome, Cara" })).toBeVisible();
  await expectNoAxeViolations(client);
  await client.getByLabel("New password").fill("knees-feel-better-26");
  await client.getByLabel("Type it again").fill("knees-feel-better-26");
  await client.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(client.getByRole("heading", { name: "Hello, Cara" })).toBeVisible();
  await expectNoAxeViolations(client);

  const relax = client.getByRole("region", { name: "Phase 1 — Relax first" });
  const massage = relax
    .getByRole("listitem")
    .filter({ has: client.getByRole("heading", { name: "Cross-fibre massage of the popliteus" }) });
  await expect(massage).toContainText("3 minutes, once a day");
  await expect(massage).toContainText("Place two fingertips just below the crease");
  const next = client.getByRole("region", { name: "Next: Phase 2 — Strengthen and stabilize" });
  await expect(next).toContainText("Locked for now. Your therapist will unlock this phase when you are ready");
  await expect(next.getByRole("button", { name: /^Mark/ })).toHaveCount(0);
  await expect(client.getByRole("complementary", { name: "When to stop" })).toContainText(
    "tingling, numbness, or sharp or radiating pain",
  );

  await relax.getByRole("button", { name: /^Mark done\W+Warm compress$/ }).click();
  await expect(relax.getByRole("listitem").filter({ hasText: "Warm compress" })).toContainText("Done today");
  await massage.getByRole("button", { name: /^Mark done\W+Cross-fibre massage of the popliteus$/ }).dblclick();
  await expect(massage).toContainText("Done today");
  await client.reload();
  await expect(relax.getByRole("listitem").filter({ hasText: "Warm compress" })).toContainText("Done today");
  await expect(massage).toContainText("Done today");

  const pain = client.getByRole("form", { name: "Pain today" });
  await pain.getByLabel("3", { exact: true }).check();
  await pain.getByRole("button", { name: "Log pain" }).click();
  await expect(client.getByRole("status").filter({ hasText: "Pain 3 logged for today." })).toBeVisible();

  await client.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Report a symptom" }).click();
  await expectNoAxeViolations(client);
  await client.getByLabel("Tingling").check();
  await client.getByLabel("What happened (optional)").fill("Tingling in the foot after rolling");
  await client.getByRole("button", { name: "Send to my therapist" }).click();
  await expect(client.getByRole("status").filter({ hasText: "hands-on items are paused" })).toBeVisible();
  await expect(massage).toContainText("Paused: you reported tingling");
  await expect(massage.getByRole("button", { name: /^Mark/ })).toHaveCount(0);

  await client.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
  await expect(client.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(client.getByRole("region", { name: "Plan history" })).toContainText("Version 1");
  await expectNoAxeViolations(client);

  // The therapist sees the report at once, and the adherence figures.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients" }).click();
  const open = page.getByRole("region", { name: "Open symptom reports" });
  await expect(open).toContainText("Tingling");
  await open.getByRole("link", { name: "Cara Portal" }).click();
  const portal = page.getByRole("region", { name: "Portal" });
  await expect(portal).toContainText("Tingling in the foot after rolling");
  await expect(portal.getByRole("definition").first()).toHaveText(/^\d+% \(2 of \d+\)$/);
});

test("an invitation link works once and a bad link gets a clear page", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const invitePath = await therapistPreparesClient(page, "Ola", "ola.portal@example.test");
  const client = await phonePage(browser);
  await client.goto(invitePath);
  await client.getByLabel("New password").fill("short");
  await client.getByLabel("Type it again").fill("different");
  await client.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(client.getByText("Use at least 10 characters.")).toBeVisible();
  await client.getByLabel("New password").fill("a-long-enough-password");
  await client.getByLabel("Type it again").fill("a-long-enough-password");
  await client.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(client.getByRole("heading", { name: "Hello, Ola" })).toBeVisible();

  const again = await phonePage(browser);
  await again.goto(invitePath);
  await expect(again.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
  await again.goto("/invite/not-a-real-token-at-all-123456");
  await expect(again.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expectNoAxeViolations(again);
});
