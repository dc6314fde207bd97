import { describe, expect, it } from "vitest";
import { musclesToExamine, overloadingActivities } from "./examination";

describe("musclesToExamine", () => {
  it("suggests the calf and the popliteus for a hiker who goes downhill and wears high heels", () => {
    const muscles = musclesToExamine(["hiking-downhill", "high-heels"]);
    expect(muscles).toContain("gastrocnemius");
    expect(muscles).toContain("popliteus");
    expect(muscles).toEqual(["gastrocnemius", "soleus", "popliteus"]);
  });

  it("links the hamstring group to sitting, field sports and cycling (seed 002)", () => {
    expect(musclesToExamine(["prolonged-sitting"])).toEqual(["biceps-femoris", "semitendinosus", "semimembranosus"]);
    expect(musclesToExamine(["cycling"])).toEqual([
      "gastrocnemius",
      "soleus",
      "biceps-femoris",
      "semitendinosus",
      "semimembranosus",
    ]);
  });

  it("links the plantaris to extreme knee-and-ankle extension and the popliteus to a knee brace", () => {
    expect(musclesToExamine(["knee-ankle-extension"])).toEqual(["plantaris"]);
    expect(musclesToExamine(["knee-brace"])).toEqual(["popliteus"]);
  });

  it("suggests nothing for no activities or unknown ids", () => {
    expect(musclesToExamine([])).toEqual([]);
    expect(musclesToExamine(["juggling"])).toEqual([]);
  });

  it("explains a suggestion by the activities behind it", () => {
    expect(overloadingActivities("popliteus", ["hiking-downhill", "high-heels"])).toEqual(["hiking-downhill"]);
  });
});
