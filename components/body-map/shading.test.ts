import { describe, expect, it } from "vitest";
import { SHADES, SHADE_ORDER, normalizeTenderness, regionStroke, shadeLevel, tendernessText } from "./shading";

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

describe("tendernessText", () => {
  it("says the number, or that there is no finding", () => {
    expect(tendernessText(7)).toBe("tenderness 7");
    expect(tendernessText(0)).toBe("tenderness 0");
    expect(tendernessText(undefined)).toBe("no finding");
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
