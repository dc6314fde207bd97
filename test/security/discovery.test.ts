import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { policy } from "./policy";
import { discoverEntryPoints, exportedNames, isServerModule, unlisted, urlPattern } from "./support/discover";

// A copy of the app's routes with one page, one route handler and one server action added
// without policy rows: the coverage check must name all three.
const copy = mkdtempSync(path.join(tmpdir(), "unknot-sec-discovery-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

test("a route added without a policy row is reported", () => {
  cpSync("app", path.join(copy, "app"), { recursive: true });
  const invoice = path.join(copy, "app/(clinician)/clients/[id]/invoices/[invoiceId]");
  mkdirSync(invoice, { recursive: true });
  writeFileSync(path.join(invoice, "page.tsx"), "export default function InvoicePage() { return null; }\n");
  mkdirSync(path.join(copy, "app/api/export"), { recursive: true });
  writeFileSync(
    path.join(copy, "app/api/export/route.ts"),
    "export async function GET() { return new Response('x'); }\n",
  );
  writeFileSync(
    path.join(invoice, "actions.ts"),
    '"use server";\n\nexport async function deleteClient(formData: FormData) { void formData; }\nexport type Unused = string;\n',
  );

  const { missing, stale } = unlisted(discoverEntryPoints(copy), Object.keys(policy));
  expect([...missing].sort()).toEqual(
    [
      "GET /api/export",
      "action app/(clinician)/clients/[id]/invoices/[invoiceId]/actions.ts#deleteClient",
      "page /clients/[id]/invoices/[invoiceId]",
    ].sort(),
  );
  expect(stale).toEqual([]);
});

test("the real app has no entry point without a row", () => {
  expect(unlisted(discoverEntryPoints("."), Object.keys(policy)).missing).toEqual([]);
});

test("route groups and slots leave the URL; dynamic segments stay", () => {
  expect(urlPattern("(clinician)/clients/[id]")).toBe("/clients/[id]");
  expect(urlPattern("@modal/(portal)/portal")).toBe("/portal");
  expect(urlPattern("")).toBe("/");
});

test("exports of a server module are found in every way they can be written", () => {
  const source = `// a comment first
'use server';
export async function a() {}
export const b = async () => {};
export const { GET: c, POST } = handlers;
export { d, e as f, type G };
export type H = string;
export interface I { x: 1 }`;
  expect(isServerModule(source)).toBe(true);
  expect(isServerModule(`import x from "y";\n"use server";`)).toBe(false);
  expect(exportedNames(source).sort()).toEqual(["POST", "a", "b", "c", "d", "f"]);
});
