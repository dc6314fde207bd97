import { describe, expect, it } from "vitest";
import { blockedUntil, clientMayChange, reminderDueAt } from "./booking-policy";
import { prescreenOutcome } from "./prescreen";

const at = (iso: string) => new Date(iso);

describe("clientMayChange", () => {
  it("allows a change up to the window before the start, and refuses it after", () => {
    const start = at("2027-01-10T09:00:00Z");
    expect(clientMayChange(start, at("2027-01-09T09:00:00Z"), 24)).toBe(true);
    expect(clientMayChange(start, at("2027-01-09T09:00:01Z"), 24)).toBe(false);
    expect(clientMayChange(start, at("2027-01-10T10:00:00Z"), 0)).toBe(false);
  });
});

describe("reminders and buffers", () => {
  it("are due a day before, and block the buffer after the end", () => {
    expect(reminderDueAt(at("2027-01-10T09:00:00Z"), at("2027-01-01T00:00:00Z"))?.toISOString()).toBe(
      "2027-01-09T09:00:00.000Z",
    );
    expect(reminderDueAt(at("2027-01-10T09:00:00Z"), at("2027-01-09T12:00:00Z"))).toBeNull();
    expect(blockedUntil(at("2027-01-10T10:00:00Z"), 15).toISOString()).toBe("2027-01-10T10:15:00.000Z");
  });
});

describe("prescreenOutcome", () => {
  const no = { "calf-clot": "no", "acute-injury": "no", "nerve-signs": "no", "hot-joint": "no" } as const;
  it("books when every answer is no", () => {
    expect(prescreenOutcome(no)).toEqual({ book: true });
  });
  it("does not book on any yes, and names the questions answered yes", () => {
    expect(prescreenOutcome({ ...no, "calf-clot": "yes", "hot-joint": "yes" })).toEqual({
      book: false,
      yes: ["calf-clot", "hot-joint"],
    });
  });
});
