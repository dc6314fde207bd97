import { describe, expect, it } from "vitest";
import { PLAN_ITEMS } from "./plan-items";

// Issue 13, bug 13: an item's own caution is short and only where it matters; good form is a
// step, and the stop rule for every item is said once per page, never per item.
describe("plan item cautions", () => {
  const cautions = PLAN_ITEMS.flatMap((item) => item.cautions.map((text) => ({ item: item.id, text })));

  it("are short", () => {
    expect(cautions.filter((c) => c.text.length > 110)).toEqual([]);
  });

  it("never repeat the stop rule that holds for every item", () => {
    expect(cautions.filter((c) => /shooting|radiating|tingling|numbness/i.test(c.text))).toEqual([]);
  });

  it("are not reminders of good form", () => {
    expect(cautions.filter((c) => /never pain|near support|^start gently/i.test(c.text))).toEqual([]);
  });

  it("leave a minority of items with a caution at all", () => {
    const withCaution = PLAN_ITEMS.filter((item) => item.cautions.length > 0).length;
    expect(withCaution / PLAN_ITEMS.length).toBeLessThan(0.5);
  });
});
