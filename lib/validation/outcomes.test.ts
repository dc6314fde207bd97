import { describe, expect, it } from "vitest";
import { lefsAnswerSchema, lefsEntrySchema, outcomeScheduleSchema } from "./outcomes";

const lefsForm = (answers: (string | undefined)[]) => ({
  occasion: "follow-up",
  ...Object.fromEntries(answers.map((a, i) => [`q${i + 1}`, a])),
});

describe("outcome forms", () => {
  it("takes a LEFS with up to 4 blanks and names the first blank past that", () => {
    const four = lefsEntrySchema.safeParse(lefsForm(["", "", "", "", ...Array(16).fill("3")]));
    expect(four.success && four.data.answers.filter((a) => a === null)).toHaveLength(4);
    const five = lefsEntrySchema.safeParse(lefsForm(["4", "", "", "", "", "", ...Array(14).fill("3")]));
    expect(five.success).toBe(false);
    expect(five.error?.issues[0]).toMatchObject({ path: ["q2"], message: expect.stringMatching(/at most 4/) });
  });

  it("refuses LEFS answers off the 0-4 scale and an unknown occasion", () => {
    expect(lefsEntrySchema.safeParse(lefsForm(Array(20).fill("5"))).success).toBe(false);
    expect(lefsEntrySchema.safeParse({ ...lefsForm(Array(20).fill("3")), occasion: "later" }).success).toBe(false);
  });

  it("takes one portal answer or a skip, for items 1-20 only", () => {
    expect(lefsAnswerSchema.parse({ item: "20", answer: "skip" })).toEqual({ item: 20, answer: "skip" });
    expect(lefsAnswerSchema.safeParse({ item: "21", answer: "2" }).success).toBe(false);
    expect(lefsAnswerSchema.safeParse({ item: "3" }).error?.issues[0]?.message).toBe(
      "Choose one answer, or skip this question.",
    );
  });

  it("takes a schedule of 1 to 8 weeks, or none", () => {
    expect(outcomeScheduleSchema.parse({ everyDays: "14" })).toEqual({ everyDays: 14 });
    expect(outcomeScheduleSchema.parse({ everyDays: "" })).toEqual({ everyDays: null });
    expect(outcomeScheduleSchema.safeParse({ everyDays: "3" }).success).toBe(false);
  });
});
