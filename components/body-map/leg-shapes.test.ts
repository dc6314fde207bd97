import { describe, expect, it } from "vitest";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { REGIONS, VIEW_WIDTH, sideAt } from "./leg-shapes";
import { regionStates } from "./region-state";
import { closedPath, mirrorX } from "./svg-path";

describe("leg geometry", () => {
  it("draws every muscle on exactly the views the reference data lists", () => {
    for (const muscle of MUSCLES) {
      const views = REGIONS.filter((r) => r.muscleId === muscle.id).map((r) => r.view);
      expect([...views].sort(), muscle.id).toEqual([...muscle.views].sort());
    }
  });

  it("keeps every point inside the viewer-left half of the drawing", () => {
    for (const region of REGIONS) {
      for (const [x] of region.parts.flat()) {
        expect(x, region.muscleId).toBeGreaterThan(0);
        expect(x, region.muscleId).toBeLessThanOrEqual(VIEW_WIDTH / 2);
      }
    }
  });

  it("puts the client's right leg on the viewer's left from the front, and the left from behind", () => {
    expect(sideAt("front", "viewer-left")).toBe("right");
    expect(sideAt("front", "viewer-right")).toBe("left");
    expect(sideAt("back", "viewer-left")).toBe("left");
    expect(sideAt("back", "viewer-right")).toBe("right");
  });
});

describe("svg paths", () => {
  it("mirrors across the midline and closes every outline", () => {
    expect(mirrorX([[30, 5]], 100)).toEqual([[170, 5]]);
    expect(
      closedPath(
        [
          [0, 0],
          [10, 0],
          [5, 8],
        ],
        true,
      ),
    ).toBe("M0 0L10 0L5 8Z");
    expect(
      closedPath([
        [0, 0],
        [10, 0],
        [5, 8],
      ]),
    ).toMatch(/^M0 0(C[^C]+){3}Z$/);
  });
});

describe("regionStates", () => {
  const stateOf = regionStates(
    [
      { muscleId: "popliteus", side: "left", tenderness: 2 },
      { muscleId: "popliteus", side: "left", tenderness: 7, pointType: "active" },
    ],
    ["gastrocnemius"],
    { muscleId: "popliteus", side: "left" },
  );

  it("names the entry '<Muscle>, <side>' and uses the latest finding", () => {
    expect(stateOf("popliteus", "left")).toEqual({
      name: "Popliteus, left",
      findingText: "Active TrP, tenderness 7/10",
      level: "dark",
      suggested: false,
      selected: true,
    });
  });

  it("marks suggested muscles on both sides and selects only one side", () => {
    expect(stateOf("gastrocnemius", "right")).toMatchObject({
      suggested: true,
      selected: false,
      findingText: "Not examined",
    });
    expect(stateOf("popliteus", "right").selected).toBe(false);
  });
});
