import { expect, test } from "./support/page-checks";
import { demo, expectNoAxeViolations, findClient, openSection, signIn, signOut } from "./fixtures";
import { linkInOutbox, phonePage, portalSection } from "./support/invitations";

const portal = portalSection;

test("a therapist corrects a client's mistyped email and invites again: only the new link works", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const typo = "rosa.vale@exmaple.test";
  const fixed = "rosa.vale@example.test";

  // Maya adds Rosa with a slip in her address and sends the portal invitation.
  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Rosa");
  await page.getByLabel("Family name").fill("Vale");
  await page.getByLabel("Email").fill(typo);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rosa Vale" })).toBeVisible();
  await portal(page).getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${typo}` })).toBeVisible();
  // The page shows the link waiting, to which address, and until when.
  await expect(
    portal(page)
      .getByRole("listitem")
      .filter({ hasText: `To ${typo}, sent` }),
  ).toContainText("the link works until");

  // She notices the slip, corrects the address and invites Rosa again.
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Edit details" }).click();
  await page.getByLabel("Email").fill(fixed);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rosa Vale" })).toBeVisible();
  await expect(portal(page)).not.toContainText(typo);
  await portal(page).getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${fixed}` })).toBeVisible();
  await expect(portal(page).getByRole("listitem")).toHaveCount(1);
  await expect(portal(page).getByRole("listitem")).toContainText(`To ${fixed}, sent`);
  await expectNoAxeViolations(page);

  // The admin, who passes emails on while there is no mail server, reads both links.
  await signOut(page);
  await signIn(page, demo.admin);
  const first = await linkInOutbox(page, typo);
  const second = await linkInOutbox(page, fixed);

  // Whoever reads the mistyped mailbox gets nowhere with the first link…
  const stranger = await phonePage(browser);
  await stranger.goto(first);
  await expect(stranger.getByRole("heading", { name: "This invitation is no longer valid" })).toBeVisible();
  await expect(stranger.getByLabel("New password")).toHaveCount(0);
  await expectNoAxeViolations(stranger);

  // …while Rosa's link opens her portal, with a login for her real address.
  const rosa = await phonePage(browser);
  await rosa.goto(second);
  await expect(rosa.getByRole("heading", { name: "Welcome, Rosa" })).toBeVisible();
  await expect(rosa.getByText(`Choose a password for ${fixed}.`)).toBeVisible();
  await rosa.getByLabel("New password").fill("rosa-sets-a-password-26");
  await rosa.getByLabel("Type it again").fill("rosa-sets-a-password-26");
  await rosa.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(rosa.getByRole("heading", { name: "Hello, Rosa" })).toBeVisible();

  // The admin sees which login reaches the record, and can take it off again: asked first.
  await openSection(page, "Clients");
  await findClient(page, "Vale");
  await page.getByRole("link", { name: "Rosa Vale" }).click();
  await expect(portal(page)).toContainText(`Portal login: ${fixed}`);
  await portal(page).getByRole("button", { name: "Unlink portal login" }).click();
  const confirm = portal(page).getByRole("group", { name: `Unlink portal login ${fixed}` });
  await expect(confirm).toContainText("Its sessions end at once");
  await confirm.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Portal login unlinked" })).toBeVisible();

  // Rosa's open portal is signed out on her next step.
  await rosa.reload();
  await expect(rosa.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("staff revoke a pending invitation: its link stops working", async ({ browser, page }) => {
  const email = "theo.marsh@example.test";
  await signIn(page, demo.admin);
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Theo");
  await page.getByLabel("Family name").fill("Marsh");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Theo Marsh" })).toBeVisible();
  await portal(page).getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  const clientPage = page.url();
  const link = await linkInOutbox(page, email);

  await page.goto(clientPage);
  await portal(page)
    .getByRole("button", { name: `Revoke the invitation to ${email}` })
    .click();
  await portal(page)
    .getByRole("button", { name: `Yes, revoke the invitation to ${email}` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation revoked" })).toBeVisible();
  await page.reload();
  await expect(portal(page)).not.toContainText(`To ${email}`);

  const holder = await phonePage(browser);
  await holder.goto(link);
  await expect(holder.getByRole("heading", { name: "This invitation is no longer valid" })).toBeVisible();
});
