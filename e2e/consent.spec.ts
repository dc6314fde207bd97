import { expect, test } from "./support/page-checks";
import { answerScreen, recordHikerIntake } from "./clinical";
import { alertWith, demo, expectNoAxeViolations, linkInEmail, openSection, phone, signIn, signOut } from "./fixtures";

const scrollsSideways = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

// Issue 13, bug 5: a whole course of care could run with "Consent to treatment: Not recorded".
test("a note is not signed until consent is on file; the client gives it in the portal, then the note signs", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const email = "cora.consent@example.test";
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Cora");
  await page.getByLabel("Family name").fill("Consent");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Primary therapist").selectOption({ label: "Maya Torres" });
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cora Consent" })).toBeVisible();

  // The missing consent is a flag near the top of the client's pages, not only a line in Details.
  const flag = page.getByRole("region", { name: "No consent to treatment on file" });
  await expect(flag).toContainText("Session notes cannot be signed until the client's consent is recorded.");
  await expect(flag.getByRole("link", { name: "record consent in the clinic" })).toBeVisible();
  await expectNoAxeViolations(page);

  await recordHikerIntake(page);
  await expect(flag).toBeVisible();
  const intakePage = page.url();
  await page.getByRole("button", { name: "Start a session" }).click();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  const notePage = page.url();
  await page.getByLabel("Subjective").fill("Knee easier on the flat.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await answerScreen(page, {});
  await expect(page.getByRole("status").filter({ hasText: "Screen recorded." })).toBeVisible();

  // Signing is refused on the server, with the reason and the way to record consent beside it.
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(alertWith(page, "Not signed: the client's consent to treatment is not on file.")).toBeVisible();
  const sign = page.getByRole("region", { name: "Sign" });
  await expect(sign).toContainText("This note cannot be signed yet: the client's consent to treatment is not on file.");
  await expect(sign.getByLabel("Client types their full name")).toBeVisible();
  await expect(page.getByRole("heading", { name: /— draft$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Invite the client; the admin passes the emailed link on.
  await page.goto(intakePage.replace(/\/intakes\/.*$/, ""));
  await page.getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await signOut(page);
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  const invite = await linkInEmail(page, email, /home plan/, /\/invite\/[A-Za-z0-9_-]+/);

  // The client, on a phone: Today asks for consent, the consent page takes their typed name.
  const context = await browser.newContext(phone);
  const client = await context.newPage();
  await client.goto(invite);
  await client.getByLabel("New password").fill("consenting-knees-26");
  await client.getByLabel("Type it again").fill("consenting-knees-26");
  await client.getByRole("button", { name: /^Set password/ }).click();
  await expect(client.getByRole("heading", { name: "Hello, Cora" })).toBeVisible();
  await client.getByRole("link", { name: "Read about treatment and give consent" }).click();
  await expect(client.getByRole("heading", { level: 1, name: "Consent to treatment" })).toBeVisible();
  await expectNoAxeViolations(client);
  expect(await scrollsSideways(client)).toBe(false);
  const form = client.getByRole("form", { name: "Consent to treatment" });
  await form.getByRole("button", { name: "Give consent" }).click();
  await expect(form.getByText("Enter your full name.")).toBeVisible();
  await form.getByLabel("Type your full name").fill("Cora Consent");
  await form.getByLabel("I have read the information above and I consent to treatment.").check();
  await form.getByRole("button", { name: "Give consent" }).click();
  await expect(client.getByRole("status").filter({ hasText: "Your consent to treatment is on file" })).toContainText(
    "“Cora Consent”",
  );
  await client.getByRole("link", { name: "Today" }).first().click();
  await expect(client.getByRole("link", { name: "Read about treatment and give consent" })).toHaveCount(0);
  await context.close();

  // Back in the clinic: the flag is gone, Details says who gave it and where, and the note signs.
  await signOut(page);
  await signIn(page, demo.maya);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await page.goto(notePage);
  await expect(page.getByRole("region", { name: "No consent to treatment on file" })).toHaveCount(0);
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("region", { name: "Details" })).toContainText(
    /Given by “Cora Consent” on .*, in the portal/,
  );
});

test("consent recorded in the clinic from the session note lets the note be signed", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Clem");
  await page.getByLabel("Family name").fill("Clinic");
  await page.getByLabel("Primary therapist").selectOption({ label: "Maya Torres" });
  await page.getByRole("button", { name: "Create client" }).click();
  await recordHikerIntake(page);
  await page.getByRole("button", { name: "Start a session" }).click();
  await page.getByLabel("Subjective").fill("Stairs easier.");
  await answerScreen(page, {});
  await expect(page.getByRole("status").filter({ hasText: "Screen recorded." })).toBeVisible();

  const sign = page.getByRole("region", { name: "Sign" });
  await sign.getByLabel("Client types their full name").fill("Clem Clinic");
  await sign.getByLabel("The client has read the treatment information and consents to treatment.").check();
  await sign.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByRole("region", { name: "No consent to treatment on file" })).toHaveCount(0);
  await expect(sign.getByLabel("Client types their full name")).toHaveCount(0);
  // What was typed in the note before recording consent is still there, and is what gets signed.
  await expect(page.getByLabel("Subjective")).toHaveValue("Stairs easier.");
  await page.getByRole("button", { name: "Sign and lock note" }).click();
  await expect(page.getByRole("heading", { name: /— signed$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Session of/ })).toContainText("Stairs easier.");
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("region", { name: "Details" })).toContainText(
    /Given by “Clem Clinic” on .*, recorded by Maya Torres/,
  );
});
