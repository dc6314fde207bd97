import { expect, test } from "vitest";
import { FOLDED_NOTE_MAX, foldedNote, foldsInto } from "./symptoms";

const at = (iso: string) => new Date(iso);
const open = { kind: "tingling" as const, lastReportedAt: at("2026-11-29T10:00:00Z"), resolved: false };

test("the same symptom again within the hour folds into the open report", () => {
  expect(foldsInto(open, "tingling", at("2026-11-29T10:00:00Z"))).toBe(true);
  expect(foldsInto(open, "tingling", at("2026-11-29T10:59:59Z"))).toBe(true);
});

test("another symptom, an hour later, or a resolved report opens a new one", () => {
  expect(foldsInto(open, "numbness", at("2026-11-29T10:10:00Z"))).toBe(false);
  expect(foldsInto(open, "tingling", at("2026-11-29T11:00:00Z"))).toBe(false);
  expect(foldsInto({ ...open, resolved: true }, "tingling", at("2026-11-29T10:10:00Z"))).toBe(false);
});

test("reports sent at once fold whatever order their clocks were read in", () => {
  expect(foldsInto(open, "tingling", at("2026-11-29T09:59:59.990Z"))).toBe(true);
});

test("a repeat's note is added once and the note stops growing at its cap", () => {
  expect(foldedNote(null, null)).toBeNull();
  expect(foldedNote(null, "after rolling")).toBe("after rolling");
  expect(foldedNote("after rolling", "after rolling")).toBe("after rolling");
  expect(foldedNote("after rolling", "now in the foot too")).toBe("after rolling\nnow in the foot too");
  let note: string | null = null;
  for (let i = 0; i < 100; i++) note = foldedNote(note, `repeat number ${i} `.padEnd(60, "x"));
  expect(note!.length).toBeLessThanOrEqual(FOLDED_NOTE_MAX);
  expect(note).toContain("repeat number 0");
});
