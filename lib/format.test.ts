import { describe, expect, it } from "vitest";
import { dayInWords, formatDate, formatDateTime, formatDateTimeSeconds, formatDayOf, formatTime } from "./format";

// Issue 13, bug 10: one date format everywhere, on the practice's clock.
describe("the one formatter", () => {
  it("writes a calendar day as '15 Nov 2026', and nothing as a dash", () => {
    expect(formatDate("2026-11-15")).toBe("15 Nov 2026");
    expect(formatDate("2026-10-01")).toBe("1 Oct 2026");
    expect(formatDate(null)).toBe("—");
  });

  it("gives a moment the practice's day and clock, not the server's", () => {
    const lateEvening = new Date("2026-11-15T23:30:00Z");
    expect(formatDayOf(lateEvening, "Europe/London")).toBe("15 Nov 2026");
    expect(formatDayOf(lateEvening, "Asia/Tokyo")).toBe("16 Nov 2026");
    expect(formatTime(lateEvening, "Asia/Tokyo")).toBe("08:30");
    expect(formatDateTime(lateEvening, "Europe/London")).toBe("15 Nov 2026, 23:30");
  });

  it("names the weekday where it matters", () => {
    expect(dayInWords("2026-12-08")).toBe("Tuesday 8 December");
    expect(dayInWords("2026-12-08", true)).toBe("Tuesday 8 December 2026");
  });
});

describe("the audit trail's moments", () => {
  it("keep the seconds, on the practice's clock", () => {
    expect(formatDateTimeSeconds(new Date("2026-11-22T14:05:09Z"), "Europe/London")).toBe("22 Nov 2026, 14:05:09");
  });
});
