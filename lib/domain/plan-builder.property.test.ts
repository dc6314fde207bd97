import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBuilderAction, type BuilderAction, type BuilderState } from "./plan-builder";
import { judgeItem, type OpenFlagRef } from "./plan-rules";
import { CONTRAINDICATIONS } from "./reference/contraindications";
import { PLAN_ITEMS } from "./reference/plan-items";

/**
 * Issue 4's safety property: whatever the therapist does, in whatever order, and whatever flags
 * open or close in between, no published version holds an item the flags open at publication
 * block, none is published while a stop flag blocks activation, and every item that a caution
 * flag touches carries its warning.
 */
const library = new Map(PLAN_ITEMS.map((i) => [i.id, i]));
const conditionIds = CONTRAINDICATIONS.map((c) => c.id);

type Step =
  | { kind: "action"; action: BuilderAction; keyIndex: number }
  | { kind: "flags"; flags: (typeof conditionIds)[number][] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...PLAN_ITEMS.map((i) => i.id))
      .map((itemId) => ({ kind: "action" as const, action: { type: "add" as const, itemId }, keyIndex: 0 })),
  },
  {
    weight: 1,
    arbitrary: fc
      .nat(20)
      .map((keyIndex) => ({ kind: "action" as const, action: { type: "remove" as const, key: "" }, keyIndex })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(20), fc.constantFrom(-1 as const, 1 as const)).map(([keyIndex, offset]) => ({
      kind: "action" as const,
      action: { type: "move" as const, key: "", offset },
      keyIndex,
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(20), fc.nat(5), fc.nat(30)).map(([keyIndex, sets, reps]) => ({
      kind: "action" as const,
      action: { type: "set-dosage" as const, key: "", dosage: { sets, reps } },
      keyIndex,
    })),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "action" as const, action: { type: "publish" as const }, keyIndex: 0 }) },
  { weight: 1, arbitrary: fc.subarray([...conditionIds]).map((flags) => ({ kind: "flags" as const, flags })) },
);

describe("plan builder, property-based", () => {
  it("never publishes a blocked item, never publishes past a stop flag, and keeps every caution", () => {
    fc.assert(
      fc.property(fc.subarray([...conditionIds]), fc.array(stepArb, { maxLength: 40 }), (initialFlags, steps) => {
        let flags: OpenFlagRef[] = initialFlags.map((contraindicationId) => ({ contraindicationId }));
        let state: BuilderState = { status: "draft", entries: [], publishedVersions: 0 };
        let counter = 0;
        for (const step of steps) {
          if (step.kind === "flags") {
            flags = step.flags.map((contraindicationId) => ({ contraindicationId }));
            continue;
          }
          const key = state.entries[step.keyIndex % Math.max(1, state.entries.length)]?.key ?? "missing";
          const action = "key" in step.action ? { ...step.action, key } : step.action;
          const result = applyBuilderAction(state, action as BuilderAction, {
            library,
            openFlags: flags,
            newKey: () => `k${++counter}`,
          });
          state = result.state;
          if (!result.ok || !result.published) continue;
          expect(flags.some((f) => f.contraindicationId === "suspected-dvt")).toBe(false);
          for (const entry of result.published) {
            const verdict = judgeItem(library.get(entry.itemId)!, flags);
            expect(verdict.blocked).toBe(false);
            for (const warning of verdict.warnings) expect(entry.warnings).toContain(warning);
          }
          // Relax comes before strengthen in every published version.
          const phases = result.published.map((e) => e.phase);
          expect(phases.lastIndexOf("relax")).toBeLessThan(
            phases.includes("strengthen") ? phases.indexOf("strengthen") : Infinity,
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
