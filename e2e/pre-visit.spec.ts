import { expect, test } from "./support/page-checks";
import { alertWith, demo, expectNoAxeViolations, inWords, phone, signIn, signOut, weekdayAhead } from "./fixtures";
import { linkInOutbox, phonePage, portalSection } from "./support/invitations";

// Issue 15, part 4: a person invited to the portal fills the pre-visit form before the first visit.
test("an invited client's pre-visit form raises the stop flag at once and pre-fills the therapist's intake", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const email = "pia.previsit@example.test";
  await signIn(page, demo.maya);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clients", exact: true }).click();
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Pia");
  await page.getByLabel("Family name").fill("Previsit");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Primary therapist").selectOption({ label: "Maya Torres" });
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pia Previsit" })).toBeVisible();
  const clientPage = page.url();
  await portalSection(page).getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await signOut(page);
  await signIn(page, demo.admin);
  const invite = await linkInOutbox(page, email);
  await signOut(page);

  // The client, on a phone: Today asks for the pre-visit form.
  const client = await phonePage(browser);
  await client.goto(invite);
  await client.getByLabel("New password").fill("previsit-knees-2026");
  await client.getByLabel("Type it again").fill("previsit-knees-2026");
  await client.getByRole("button", { name: /^Set password/ }).click();
  await expect(client.getByRole("heading", { name: "Hello, Pia" })).toBeVisible();
  await client.getByRole("link", { name: "Fill in the pre-visit form" }).click();
  await expect(client.getByRole("heading", { level: 1, name: "Before your visit" })).toBeVisible();
  await expectNoAxeViolations(client);

  // Sent empty: messages next to the fields, nothing saved.
  const form = client.getByRole("form", { name: "Pre-visit form" });
  await form.getByRole("button", { name: "Send to my therapist" }).click();
  await expect(form.getByText("Enter what brings you in.")).toBeVisible();
  await expect(form.getByText("Mark at least one place where it hurts.")).toBeVisible();

  await form.getByLabel("What brings you in?").fill("Pain behind the left knee on long walks");
  // The therapist's body map, by its keyboard path: the list of regions.
  await form.getByRole("button", { name: "Gastrocnemius, left" }).click();
  await expect(form.getByRole("button", { name: "Gastrocnemius, left" })).toHaveAttribute("aria-pressed", "true");
  await form.getByLabel("When did it start?").fill("2026-10-01");
  await form.getByLabel("How did it start?").fill("After a hiking holiday");
  await form.getByLabel("Hiking or walking uphill").check();
  await form.getByLabel("Medications").fill("Ibuprofen when needed");
  const questions = form.getByRole("group", { name: /\?$/ });
  for (const question of await questions.all()) await question.getByLabel("No", { exact: true }).check();
  await form
    .getByRole("group", { name: /swelling, warmth, redness or tenderness in one calf/ })
    .getByLabel("Yes")
    .check();
  await form.getByLabel("Type your full name").fill("Pia Previsit");
  await form.getByLabel("I consent to treatment.").check();
  await form.getByRole("button", { name: "Send to my therapist" }).click();
  await expect(alertWith(client, "please contact the practice before your visit")).toBeVisible();
  await expect(client.getByRole("region", { name: /^Please contact .* before your visit$/ })).toContainText(
    "no massage or hands-on treatment",
  );
  await expectNoAxeViolations(client);

  // The therapist's client page shows the stop flag; the new intake opens pre-filled.
  await signIn(page, demo.maya);
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto(clientPage);
  const banner = page.getByRole("region", { name: "Open contraindication flags" });
  await expect(banner).toContainText("Stop and refer");
  await expect(banner).toContainText("Suspected deep vein thrombosis");
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "New intake" }).click();
  await expect(page.getByRole("note")).toContainText("Pre-filled from the client's pre-visit form");
  await expect(page.getByLabel("Chief complaint")).toHaveValue(
    "Pain behind the left knee on long walks\n\nHow it started: After a hiking holiday",
  );
  await expect(page.getByLabel("Chief complaint")).toHaveAccessibleDescription(/From the client's pre-visit form/);
  await expect(page.getByLabel("Pain site 1")).toHaveValue("Gastrocnemius");
  await expect(page.getByRole("group", { name: "Side of pain site 1" }).getByLabel("Left")).toBeChecked();
  await expect(page.getByLabel("Onset date")).toHaveValue("2026-10-01");
  await expect(page.getByLabel("Medications")).toHaveValue("Ibuprofen when needed");
  await expect(page.getByRole("checkbox", { name: "Hiking or walking uphill" })).toBeChecked();
  await expectNoAxeViolations(page);
});

// Without a login: the person who booked online opens the form from the booking's page
// (the link in the confirmation email).
test("a person who booked online fills the pre-visit form from the booking's page; 'not sure' about nerve signs asks them to contact the practice", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const day = weekdayAhead(4);
  const visitor = await (await browser.newContext(phone)).newPage();
  await visitor.goto("/book/riverside");
  const finder = visitor.getByRole("form", { name: "Find a time" });
  await finder.getByLabel("Therapist").selectOption({ label: "Maya Torres" });
  await finder.getByRole("radio", { name: /^Consultation/ }).check();
  await finder.getByLabel("Day").fill(day);
  await finder.getByRole("button", { name: "Show times" }).click();
  await visitor
    .getByRole("region", { name: `Free times on ${inWords(day, true)}` })
    .getByRole("link", { name: new RegExp(`^13:30\\W+${inWords(day)}$`) })
    .click();
  await expect(visitor.getByRole("heading", { name: "Confirm your appointment" })).toBeVisible();
  const booking = visitor.getByRole("form", { name: "Book this time" });
  for (const question of await booking.getByRole("group", { name: /\?$/ }).all())
    await question.getByLabel("No", { exact: true }).check();
  await booking.getByLabel("First name").fill("Lena");
  await booking.getByLabel("Last name").fill("Linkform");
  await booking.getByLabel("Email").fill(`lena.linkform.${Date.now()}@example.test`);
  await booking.getByLabel("Phone").fill("+44 7700 900556");
  await booking.getByRole("button", { name: "Book this time" }).click();
  await expect(visitor.getByRole("status")).toHaveText(/You're booked/);

  await visitor.getByRole("link", { name: "Fill in the pre-visit form" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: "Before your visit" })).toBeVisible();
  const form = visitor.getByRole("form", { name: "Pre-visit form" });
  await form.getByLabel("What brings you in?").fill("Tingling down the right leg");
  await form.getByRole("button", { name: "Popliteus, right" }).click();
  for (const question of await form.getByRole("group", { name: /\?$/ }).all())
    await question.getByLabel("No", { exact: true }).check();
  await form
    .getByRole("group", { name: /numbness, tingling or weakness/ })
    .getByLabel("Not sure")
    .check();
  await form.getByRole("button", { name: "Send to my therapist" }).click();
  await expect(alertWith(visitor, "please contact the practice before your visit")).toBeVisible();
  await expectNoAxeViolations(visitor);
});
