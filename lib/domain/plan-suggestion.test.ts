import { describe, expect, it } from "vitest";
import { suggestPlan } from "./plan-suggestion";
import { PLAN_ITEMS } from "./reference/plan-items";

describe("suggestPlan", () => {
  const hiker = {
    findingMuscles: ["gastrocnemius", "popliteus"],
    activityIds: ["hiking-downhill", "high-heels"],
    openFlags: [],
  };

  it("proposes calf self-massage and popliteus release first, stretches and strengthening second", () => {
    const { phases } = suggestPlan(hiker, PLAN_ITEMS);
    expect(phases.relax[0]).toBe("warm-compress");
    expect(phases.relax).toEqual(
      expect.arrayContaining([
        "calf-self-massage",
        "calf-release",
        "popliteus-ball-release",
        "cross-fibre-popliteus",
        "effleurage-knee",
      ]),
    );
    expect(phases.strengthen).toEqual([
      "calf-stretch",
      "block-popliteus-stretch",
      "internal-tibial-rotation",
      "single-leg-stance",
    ]);
    expect(phases.load).toEqual(["advice-hiking-downhill", "advice-high-heels"]);
  });

  it("leaves out what open flags block, saying why", () => {
    const { phases, leftOut } = suggestPlan(
      { ...hiker, openFlags: [{ contraindicationId: "bakers-cyst" }] },
      PLAN_ITEMS,
    );
    expect(phases.relax).not.toContain("popliteus-ball-release");
    expect(phases.relax).toContain("calf-self-massage");
    expect(leftOut.find((l) => l.itemId === "popliteus-ball-release")?.reasons[0]).toContain("Baker's cyst");
  });

  it("never suggests the massage gun behind the knee, nor anything without findings or causes", () => {
    expect(Object.values(suggestPlan(hiker, PLAN_ITEMS).phases).flat()).not.toContain("massage-gun");
    expect(suggestPlan({ findingMuscles: [], activityIds: [], openFlags: [] }, PLAN_ITEMS).phases).toEqual({
      relax: [],
      strengthen: [],
      load: [],
    });
  });
});
