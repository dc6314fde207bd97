import { describe, expect, it } from "vitest";
import { reconcileScreen } from "./flags";
import { PRE_VISIT_QUESTIONS, preVisitScreen, stopConditions } from "./pre-visit";
import { CONTRAINDICATIONS } from "./reference/contraindications";

const allNo = Object.fromEntries(PRE_VISIT_QUESTIONS.map((q) => [q.id, "no" as const]));

describe("pre-visit screen", () => {
  it("asks every reference condition once", () => {
    expect(PRE_VISIT_QUESTIONS.map((q) => q.id).sort()).toEqual(CONTRAINDICATIONS.map((c) => c.id).sort());
  });

  it("a yes to calf swelling is a stop-level answer that opens the clot flag", () => {
    const answers = { ...allNo, "suspected-dvt": "yes" as const };
    expect(stopConditions(answers)).toEqual(["suspected-dvt"]);
    expect(reconcileScreen([], preVisitScreen(answers)).open).toEqual(["suspected-dvt"]);
  });

  it("'not sure' counts as yes", () => {
    const answers = { ...allNo, "nerve-signs": "unknown" as const };
    expect(stopConditions(answers)).toEqual(["nerve-signs"]);
  });

  it("a caution answered yes opens its flag but does not stop hands-on work", () => {
    const answers = { ...allNo, "varicose-veins": "yes" as const };
    expect(stopConditions(answers)).toEqual([]);
    expect(reconcileScreen([], preVisitScreen(answers)).open).toEqual(["varicose-veins"]);
  });

  it("all no opens nothing; an unasked condition is unknown, not no", () => {
    expect(reconcileScreen([], preVisitScreen(allNo)).open).toEqual([]);
    const unasked = Object.fromEntries(Object.entries(allNo).filter(([id]) => id !== "acute-injury"));
    expect(stopConditions(unasked)).toEqual(["acute-injury"]);
  });
});
