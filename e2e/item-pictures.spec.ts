import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/page-checks";
import { pngImage } from "../test/support/images";
import { demo, expectNoAxeViolations, findClient, openSection, signIn, signOut } from "./fixtures";

/** Issue 13, bug 14: a picture for every plan item, in the portal, the builder and print. */

const WARM = /^Lying face down with a warm, damp towel laid over the back of the knee and the calf/;
const CALF_MASSAGE = /^Sitting with the knee bent and the foot flat; both hands squeeze the calf/;

/** An item's card (portal) or entry (builder, print), found by its name. */
const itemCard = (page: Page, name: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });

/** Opens a portal item's "how to do it" (the list keeps each item to one line until then). */
async function openPortalItem(page: Page, name: string): Promise<Locator> {
  const card = itemCard(page, name);
  await card.getByRole("heading", { name, exact: true }).click();
  return card;
}

/** Signs Maya in and waits for her start page, before going anywhere by address. */
async function mayaSignsIn(page: Page) {
  await signIn(page, demo.maya);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
}

async function expectLoaded(picture: Locator) {
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48);
}

test("reference items show their line drawing with its description in the portal, the builder and print", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, demo.jordan);
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
  await expect((await openPortalItem(page, "Warm compress")).getByRole("img", { name: WARM })).toBeVisible();
  await expect(
    (await openPortalItem(page, "Calf self-massage")).getByRole("img", { name: CALF_MASSAGE }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, demo.maya);
  await openSection(page, "Clients");
  await findClient(page, "Jordan");
  await page.getByRole("link", { name: "Jordan Lee" }).click();
  await page
    .getByRole("link", { name: /^Plan of / })
    .first()
    .click();
  const builder = page.getByRole("listitem").filter({ has: page.getByText("Warm compress", { exact: true }) });
  await expect(builder.getByRole("img", { name: WARM })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Printable plan" }).click();
  const print = page.getByRole("article", { name: "Printable home plan" });
  await expect(itemCard(page, "Warm compress").getByRole("img", { name: WARM })).toBeVisible();
  await expect(print.getByRole("img", { name: CALF_MASSAGE })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a practice item's uploaded picture is checked, shown to the practice and to the client who has it, and to no one else", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const alt = "Seated, a tennis ball under the middle of the calf";
  await mayaSignsIn(page);
  await page.goto("/library/new");
  await page.getByLabel("Name").fill("Tennis ball under the calf");
  await page.getByLabel("Steps").fill("Sit with a tennis ball under the calf\nLet the leg rest on it for 30 seconds");
  await page.getByRole("button", { name: "Save item" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tennis ball under the calf" })).toBeVisible();
  await expect(page.getByText("No picture yet")).toBeVisible();

  const form = page.getByRole("form", { name: "Picture" });
  const file = form.getByLabel("Picture", { exact: true });
  await expect(file).toHaveAccessibleDescription(/PNG, JPEG or WebP of at most 1 MB/);
  await form.getByLabel("What the picture shows").fill(alt);
  // A text file named .png: refused by what it is, not what it is called.
  await file.setInputFiles({ name: "calf.png", mimeType: "image/png", buffer: Buffer.from("Not a picture at all\n") });
  await form.getByRole("button", { name: "Upload picture" }).click();
  await expect(file).toHaveAccessibleDescription(/This file is not a PNG, JPEG or WebP picture/);
  await expect(page.getByText("No picture yet")).toBeVisible();
  // Over the limit: said next to the field, and never sent.
  await file.setInputFiles({ name: "big.png", mimeType: "image/png", buffer: pngImage(8, 8, { padding: 1_100_000 }) });
  await form.getByRole("button", { name: "Upload picture" }).click();
  await expect(file).toHaveAccessibleDescription(/The picture is larger than 1 MB/);
  await expectNoAxeViolations(page);

  await file.setInputFiles({
    name: "calf.png",
    mimeType: "image/png",
    buffer: pngImage(48, 32, { rgb: [180, 83, 9] }),
  });
  await form.getByRole("button", { name: "Upload picture" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Picture saved." })).toBeVisible();
  const picture = page.getByRole("img", { name: alt });
  await expectLoaded(picture);
  const src = (await picture.getAttribute("src"))!;
  const served = await page.request.get(src);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "cache-control": expect.stringMatching(/private/),
    "content-disposition": expect.stringMatching(/^inline/),
    "content-security-policy": expect.stringContaining("sandbox"),
  });

  // Into a new client's plan, activated, with an invitation the admin passes on.
  await openSection(page, "Clients");
  await page.getByRole("link", { name: "New client" }).click();
  await page.getByLabel("Given name").fill("Tess");
  await page.getByLabel("Family name").fill("Picture");
  await page.getByLabel("Email").fill("tess.picture@example.test");
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tess Picture" })).toBeVisible();
  await page.getByRole("button", { name: "New home plan" }).click();
  const add = page.getByRole("form", { name: "Add an item" });
  await add.getByLabel("Item from the library").selectOption({ label: "Tennis ball under the calf" });
  await add.getByRole("button", { name: "Add to plan" }).click();
  await expectLoaded(page.getByRole("listitem").getByRole("img", { name: alt }));
  await page.getByRole("button", { name: "Activate plan" }).click();
  await expect(page.getByRole("heading", { name: "Home plan: Active — version 1" })).toBeVisible();
  await page.getByRole("link", { name: "Printable plan" }).click();
  await expectLoaded(page.getByRole("article", { name: "Printable home plan" }).getByRole("img", { name: alt }));
  await page.getByRole("navigation", { name: "Client" }).getByRole("link", { name: "Overview" }).click();
  await page.getByRole("button", { name: "Send portal invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await signOut(page);
  await signIn(page, demo.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Outbox" }).click();
  const message = page.getByRole("article", { name: /^Email to tess\.picture@example\.test/ });
  const link = (await message.innerText()).match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)![0];
  await signOut(page);

  const client = await (await browser.newContext()).newPage();
  await client.goto(new URL(link).pathname);
  await client.getByLabel("New password").fill("pictures-help-2026");
  await client.getByLabel("Type it again").fill("pictures-help-2026");
  await client.getByRole("button", { name: "Set password and open my plan" }).click();
  await expect(client.getByRole("heading", { name: "Hello, Tess" })).toBeVisible();
  await expectLoaded((await openPortalItem(client, "Tennis ball under the calf")).getByRole("img", { name: alt }));
  await expectNoAxeViolations(client);
  await client.context().close();

  // Another client of the practice, whose plans do not have the item, gets not-found.
  await signIn(page, demo.jordan);
  await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
  expect((await page.request.get(src)).status()).toBe(404);
  await signOut(page);

  // The practice removes it: the library says so, and the address answers not-found.
  await mayaSignsIn(page);
  await page.goto("/library");
  await page.getByRole("link", { name: "Tennis ball under the calf" }).click();
  await page.getByRole("button", { name: "Remove picture" }).click();
  await expect(page.getByText("No picture yet")).toBeVisible();
  expect((await page.request.get(src)).status()).toBe(404);
});
