import { describe, expect, it } from "vitest";
import { activationBlockers, itemRuleViolations, judgeItem, knownTensions } from "./plan-rules";
import { PLAN_ITEMS } from "./reference/plan-items";

const item = (id: string) => PLAN_ITEMS.find((i) => i.id === id)!;

describe("judgeItem", () => {
  it("blocks every massage and self-massage item while suspected DVT is open", () => {
    const dvt = [{ contraindicationId: "suspected-dvt" as const }];
    for (const massage of PLAN_ITEMS.filter((i) => i.kind === "self-massage" || i.kind === "tool-release")) {
      expect(judgeItem(massage, dvt).blocked, massage.id).toBe(true);
    }
    expect(judgeItem(item("calf-stretch"), dvt).blocked).toBe(false);
  });

  it("holds direct work behind the knee for a Baker's cyst but not calf massage", () => {
    const cyst = [{ contraindicationId: "bakers-cyst" as const }];
    expect(judgeItem(item("popliteus-ball-release"), cyst)).toMatchObject({ blocked: true });
    expect(judgeItem(item("popliteus-ball-release"), cyst).reasons[0]).toContain("Baker's cyst");
    expect(judgeItem(item("calf-self-massage"), cyst).blocked).toBe(false);
  });

  it("lets items in with a warning for varicose veins", () => {
    const verdict = judgeItem(item("calf-self-massage"), [{ contraindicationId: "varicose-veins" }]);
    expect(verdict).toEqual({
      blocked: false,
      reasons: [],
      warnings: ["Varicose veins: deep or direct pressure over the veins (gentle work only)."],
      warnedBy: ["varicose-veins"],
    });
  });

  it("blocks tools for a client on blood thinners", () => {
    expect(judgeItem(item("foam-roll-behind-knee"), [{ contraindicationId: "bleeding-risk" }]).blocked).toBe(true);
  });
});

describe("activationBlockers", () => {
  it("refuses activation while suspected DVT is open, naming it", () => {
    const reasons = activationBlockers([item("calf-stretch")], [{ contraindicationId: "suspected-dvt" }]);
    expect(reasons).toEqual([
      "Stop and refer — Suspected deep vein thrombosis is open: the plan cannot be activated until a clearance is recorded.",
    ]);
  });

  it("refuses an empty plan and a plan holding a blocked item", () => {
    expect(activationBlockers([], [])).toEqual(["Add at least one item before activating the plan."]);
    expect(activationBlockers([item("cross-fibre-popliteus")], [{ contraindicationId: "bakers-cyst" }])[0]).toMatch(
      /is blocked/,
    );
  });

  it("allows activation with only caution flags", () => {
    expect(activationBlockers([item("calf-self-massage")], [{ contraindicationId: "varicose-veins" }])).toEqual([]);
  });
});

describe("technique rules", () => {
  it("forbids a massage gun behind the knee", () => {
    expect(itemRuleViolations(item("massage-gun"))).toEqual([]);
    expect(itemRuleViolations({ ...item("massage-gun"), targetMuscles: ["popliteus"] })[0]).toMatch(/No massage gun/);
  });
});

describe("knownTensions", () => {
  it("shows the brace conflict for a popliteus finding with a brace in the plan", () => {
    expect(
      knownTensions({ findingMuscles: ["popliteus"], activityIds: ["knee-brace"], itemIds: ["load-knee-brace"] }),
    ).toHaveLength(1);
    expect(
      knownTensions({ findingMuscles: ["gastrocnemius"], activityIds: ["knee-brace"], itemIds: ["load-knee-brace"] }),
    ).toEqual([]);
    expect(knownTensions({ findingMuscles: ["popliteus"], activityIds: [], itemIds: [] })).toEqual([]);
  });
});
