import { describe, expect, it } from "vitest";
import {
  blockedScopes,
  blocksOf,
  highestLevel,
  levelOf,
  reconcileScreen,
  screenChanges,
  sortBySeverity,
} from "./flags";
import { CONTRAINDICATIONS } from "./reference/contraindications";

describe("flag levels", () => {
  it("puts DVT, acute injury and nerve signs at stop-and-refer", () => {
    expect(levelOf("suspected-dvt")).toBe("stop");
    expect(levelOf("acute-injury")).toBe("stop");
    expect(levelOf("nerve-signs")).toBe("stop");
  });

  it("holds inflamed areas, broken skin and Baker's cyst locally, and cautions the rest", () => {
    expect(["inflamed-area", "broken-skin", "bakers-cyst"].map((id) => levelOf(id as never))).toEqual([
      "local-hold",
      "local-hold",
      "local-hold",
    ]);
    expect(["varicose-veins", "bleeding-risk", "severe-pain"].map((id) => levelOf(id as never))).toEqual([
      "caution",
      "caution",
      "caution",
    ]);
  });

  it("reports the most serious open level", () => {
    expect(highestLevel([])).toBeNull();
    expect(highestLevel([{ contraindicationId: "varicose-veins" }])).toBe("caution");
    expect(highestLevel([{ contraindicationId: "varicose-veins" }, { contraindicationId: "suspected-dvt" }])).toBe(
      "stop",
    );
  });

  it("sorts open flags most serious first", () => {
    const sorted = sortBySeverity([
      { contraindicationId: "varicose-veins" },
      { contraindicationId: "bakers-cyst" },
      { contraindicationId: "suspected-dvt" },
    ]);
    expect(sorted.map((f) => f.contraindicationId)).toEqual(["suspected-dvt", "bakers-cyst", "varicose-veins"]);
  });
});

describe("what a flag blocks", () => {
  it("blocks all massage and plan activation for suspected DVT", () => {
    expect(blocksOf("suspected-dvt")).toEqual(["all-massage", "plan-activation"]);
  });

  it("blocks direct work behind the knee for a Baker's cyst, deep pressure for varicose veins", () => {
    expect(blocksOf("bakers-cyst")).toEqual(["direct-behind-knee"]);
    expect(blocksOf("varicose-veins")).toEqual(["deep-pressure"]);
    expect(blocksOf("bleeding-risk")).toEqual(["deep-pressure", "tools"]);
  });

  it("blocks nothing by itself for severe pain (review instead)", () => {
    expect(blocksOf("severe-pain")).toEqual([]);
  });

  it("unions the blocks of every open flag", () => {
    const scopes = blockedScopes([{ contraindicationId: "bakers-cyst" }, { contraindicationId: "bleeding-risk" }]);
    expect([...scopes].sort()).toEqual(["deep-pressure", "direct-behind-knee", "tools"]);
  });

  it("gives only stop-level conditions the power to block plan activation", () => {
    for (const c of CONTRAINDICATIONS) {
      expect((c.blocks as readonly string[]).includes("plan-activation")).toBe(c.id === "suspected-dvt");
    }
  });
});

describe("reconcileScreen", () => {
  it("opens a flag for yes and for unknown, never for no", () => {
    const result = reconcileScreen(
      [],
      [
        { contraindicationId: "varicose-veins", answer: "yes" },
        { contraindicationId: "bakers-cyst", answer: "unknown" },
        { contraindicationId: "suspected-dvt", answer: "no" },
      ],
    );
    expect(result).toEqual({ open: ["varicose-veins", "bakers-cyst"], resolve: [] });
  });

  it("does not open a second flag for a condition already open", () => {
    const result = reconcileScreen(
      [{ id: "f1", contraindicationId: "varicose-veins" }],
      [{ contraindicationId: "varicose-veins", answer: "yes" }],
    );
    expect(result).toEqual({ open: [], resolve: [] });
  });

  it("resolves local holds and cautions on a later no, but keeps a stop flag until clearance", () => {
    const open = [
      { id: "hold", contraindicationId: "inflamed-area" as const },
      { id: "stop", contraindicationId: "suspected-dvt" as const },
      { id: "caution", contraindicationId: "varicose-veins" as const },
    ];
    const result = reconcileScreen(open, [
      { contraindicationId: "inflamed-area", answer: "no" },
      { contraindicationId: "suspected-dvt", answer: "no" },
      { contraindicationId: "varicose-veins", answer: "no" },
    ]);
    expect(result).toEqual({ open: [], resolve: ["hold", "caution"] });
  });
});

describe("screenChanges", () => {
  const all = (answer: "yes" | "no" | "unknown") =>
    Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.id, { answer }])) as Record<string, { answer: typeof answer }>;

  it("names each changed answer with what it was, in the screen's order", () => {
    const now = {
      ...all("no"),
      "varicose-veins": { answer: "yes" as const },
      "suspected-dvt": { answer: "unknown" as const },
    };
    expect(screenChanges(all("no"), now)).toEqual([
      { contraindicationId: "suspected-dvt", from: "no", to: "unknown" },
      { contraindicationId: "varicose-veins", from: "no", to: "yes" },
    ]);
  });

  it("finds nothing changed on a first screen or an unchanged one", () => {
    expect(screenChanges(null, all("no"))).toEqual([]);
    expect(screenChanges(all("unknown"), all("unknown"))).toEqual([]);
  });
});
