import { describe, expect, it } from "vitest";
import { SHADES, SHADE_ORDER, findingText, normalizeTenderness, regionStroke, shadeLevel } from "./shading";

describe("shadeLevel", () => {
  it("leaves a muscle without a finding unshaded", () => {
    expect(shadeLevel(undefined)).toBe("none");
  });

  it("marks an examined, non-tender muscle apart from one never examined", () => {
    expect(shadeLevel(0)).toBe("zero");
  });

  it.each([
    [1, "light"],
    [3, "light"],
    [3.5, "light"],
    [4, "medium"],
    [6, "medium"],
    [6.9, "medium"],
    [7, "dark"],
    [10, "dark"],
  ] as const)("tenderness %s is %s", (tenderness, level) => {
    expect(shadeLevel(tenderness)).toBe(level);
  });

  it("clamps out-of-range values and ignores non-numbers", () => {
    expect(shadeLevel(12)).toBe("dark");
    expect(shadeLevel(-2)).toBe("zero");
    expect(shadeLevel(Number.NaN)).toBe("none");
    expect(normalizeTenderness(Infinity)).toBeUndefined();
  });

  it("gives every level its own fill", () => {
    const fills = SHADE_ORDER.map((level) => SHADES[level].fill);
    expect(new Set(fills).size).toBe(SHADE_ORDER.length);
  });
});

describe("findingText", () => {
  it("says the trigger point, the tenderness out of 10 and a reproduced pain, or that it was not examined", () => {
    expect(findingText({ tenderness: 7, pointType: "active", reproducesPain: true })).toBe(
      "Active TrP, tenderness 7/10, reproduces pain",
    );
    expect(findingText({ tenderness: 3, pointType: "latent", reproducesPain: false })).toBe(
      "Latent TrP, tenderness 3/10",
    );
    expect(findingText({ tenderness: 0 })).toBe("tenderness 0/10");
    expect(findingText(undefined)).toBe("Not examined");
  });
});

describe("regionStroke", () => {
  it("dashes a suggested muscle and thickens the selected one, selected winning", () => {
    const plain = regionStroke({ selected: false, suggested: false });
    const suggested = regionStroke({ selected: false, suggested: true });
    const selected = regionStroke({ selected: true, suggested: true });
    expect(plain.strokeDasharray).toBeUndefined();
    expect(suggested.strokeDasharray).toBeDefined();
    expect(selected.strokeDasharray).toBeUndefined();
    expect(selected.strokeWidth).toBeGreaterThan(suggested.strokeWidth);
    expect(suggested.strokeWidth).toBeGreaterThan(plain.strokeWidth);
  });
});
