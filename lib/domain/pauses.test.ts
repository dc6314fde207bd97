import { describe, expect, it } from "vitest";
import { planPauses } from "./pauses";
import { PLAN_ITEMS } from "./reference/plan-items";

const items = new Map(PLAN_ITEMS.map((i) => [i.id, i]));
const entries = [
  { itemId: "calf-self-massage", handsOn: true },
  { itemId: "calf-stretch", handsOn: false },
  { itemId: "warm-compress", handsOn: false },
];

describe("planPauses", () => {
  it("pauses hands-on items for each stop-symptom report, from the day reported to the day resolved", () => {
    const pauses = planPauses({
      entries,
      items,
      reports: [
        { from: "2026-11-17", to: "2026-11-19" },
        { from: "2026-11-21", to: null },
      ],
      flags: [],
    });
    expect(pauses).toEqual([
      { itemIds: ["calf-self-massage"], from: "2026-11-17", to: "2026-11-19" },
      { itemIds: ["calf-self-massage"], from: "2026-11-21", to: null },
    ]);
  });

  it("pauses what a blocking flag blocks while it is open, and nothing for a warn-only caution", () => {
    const pauses = planPauses({
      entries,
      items,
      reports: [],
      flags: [
        { contraindicationId: "suspected-dvt", from: "2026-11-18", to: "2026-11-20" },
        { contraindicationId: "varicose-veins", from: "2026-11-18", to: null },
      ],
    });
    expect(pauses).toHaveLength(1);
    expect(pauses[0]).toMatchObject({ from: "2026-11-18", to: "2026-11-20" });
    expect(pauses[0]!.itemIds).toContain("calf-self-massage");
    expect(pauses[0]!.itemIds).not.toContain("calf-stretch");
  });

  it("has nothing to pause in a plan without hands-on items", () => {
    expect(
      planPauses({ entries: [entries[1]!], items, reports: [{ from: "2026-11-17", to: null }], flags: [] }),
    ).toEqual([]);
  });
});
