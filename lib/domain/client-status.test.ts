import { describe, expect, it } from "vitest";
import { statusAfter, statusOnIntake } from "./client-status";

describe("a client's status", () => {
  it("is discharged from prospect or active, never twice", () => {
    expect(statusAfter("prospect", "discharge")).toBe("discharged");
    expect(statusAfter("active", "discharge")).toBe("discharged");
    expect(statusAfter("discharged", "discharge")).toBeNull();
  });

  it("is reactivated only from discharged, back to active", () => {
    expect(statusAfter("discharged", "reactivate")).toBe("active");
    expect(statusAfter("active", "reactivate")).toBeNull();
    expect(statusAfter("prospect", "reactivate")).toBeNull();
  });

  it("becomes active when an intake opens an episode of care", () => {
    expect(statusOnIntake("prospect")).toBe("active");
    expect(statusOnIntake("discharged")).toBe("active");
    expect(statusOnIntake("active")).toBeNull();
  });
});
