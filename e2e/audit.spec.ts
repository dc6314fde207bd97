import { readFile } from "node:fs/promises";
import { expect, test } from "./support/page-checks";
import { createClient } from "./clinical";
import { demo, expectNoAxeViolations, signIn } from "./fixtures";

const FORMULA = '=HYPERLINK("http://x","y")';
const HEADER = "When (Europe/London),Who,Role,Action,Object type,Object id,Client,Client id,Outcome,IP,Detail";

test("an admin filters the audit log by an action and exports the rows as a CSV a spreadsheet cannot run", async ({
  page,
}) => {
  await signIn(page, demo.admin);
  // A client named like a spreadsheet formula (online booking lets anyone type a name).
  await createClient(page, FORMULA, "Formula");

  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const filters = page.getByRole("form", { name: "Filter audit events" });
  await filters.getByLabel("Action").selectOption("client.create");
  await filters.getByRole("button", { name: "Show events" }).click();
  await expect(page).toHaveURL(/action=client\.create/);
  const table = page.getByRole("table", { name: "Audit events of the practice, newest first" });
  const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toContainText("client.create");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("client.create");
  const created = rows.filter({ hasText: `${FORMULA} Formula` });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText("Admin");
  await expectNoAxeViolations(page);

  // Everything about that client: its creation, and the record opened after it.
  await created.getByRole("link", { name: /^Their events/ }).click();
  await expect(page).toHaveURL(/client=[0-9a-f-]{36}/);
  await expect(filters.getByText(`Events about ${FORMULA} Formula`)).toBeVisible();
  await expect(filters.getByLabel("Action")).toHaveValue("");
  await expect(rows.filter({ hasText: "chart.read" }).first()).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export these rows as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^unknot-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = text.split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(HEADER);
  const events = lines.slice(1);
  expect(events.some((line) => line.includes(",client.create,client,"))).toBe(true);
  // The name cell starts with a single quote: the spreadsheet shows it as text.
  for (const line of events) expect(line).toContain(`,"'=HYPERLINK(""http://x"",""y"") Formula",`);

  // The export is itself in the log.
  await page.goto("/settings/audit?action=audit.export");
  await expect(rows.first()).toContainText("audit.export");
});

test("a therapist gets not-found on the audit log and its export", async ({ page }) => {
  await signIn(page, demo.maya);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const response = await page.goto("/settings/audit");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const file = await page.request.get("/settings/audit/export");
  expect(file.status()).toBe(404);
  expect(await file.text()).not.toContain("When (");
});
