import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PLAN_ITEMS } from "@/lib/domain/reference/plan-items";
import { ItemIllustration, REFERENCE_DRAWINGS } from "./item-illustration";

const render = (itemId: string, picture?: Parameters<typeof ItemIllustration>[0]["picture"]) =>
  renderToStaticMarkup(createElement(ItemIllustration, { itemId, picture }));

describe("reference item drawings", () => {
  test.each(PLAN_ITEMS.map((item) => [item.id, item.name]))("%s has a drawing with its text alternative", (id) => {
    const drawing = REFERENCE_DRAWINGS[id];
    expect(drawing, id).toBeDefined();
    expect(drawing!.alt.length).toBeGreaterThan(30);
    const html = render(id);
    const svg = html.match(/<svg[^>]*>/)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="${drawing!.alt.replace(/"/g, "&quot;")}"`);
    // Small: a line drawing, not a picture; and no ids that would repeat on a page of many.
    expect(html.length).toBeLessThan(2500);
    expect(html).not.toMatch(/\sid="/);
  });

  test("every drawing names a reference item (none left over from a renamed one)", () => {
    const ids = new Set(PLAN_ITEMS.map((item) => item.id));
    expect(Object.keys(REFERENCE_DRAWINGS).filter((id) => !ids.has(id))).toEqual([]);
  });

  test("no two items share a text alternative", () => {
    const alts = Object.values(REFERENCE_DRAWINGS).map((d) => d.alt);
    expect(new Set(alts).size).toBe(alts.length);
  });
});

describe("practice items", () => {
  test("an uploaded picture shows with its description", () => {
    const html = render("5b1c6f0e-0000-4000-8000-000000000000", {
      src: "/library/5b1c6f0e-0000-4000-8000-000000000000/image?v=1",
      alt: "Ball under the calf",
      width: 640,
      height: 480,
    });
    expect(html).toMatch(/<img [^>]*alt="Ball under the calf"/);
    expect(html).toContain('width="640"');
  });

  test("an item without a drawing or an upload shows nothing", () => {
    expect(render("5b1c6f0e-0000-4000-8000-000000000000", null)).toBe("");
  });
});
